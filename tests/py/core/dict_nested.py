db = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "bob", "roles": [], "age": 25},
    ],
    "meta": {"version": 2, "tags": {"a": 1}},
}
print(db["users"][0]["roles"][1], db["meta"]["tags"]["a"])
db["users"][1]["roles"].append("ops")
db["meta"]["version"] += 1
print(db)
for u in db["users"]:
    print(u["name"], len(u["roles"]), u.get("email", "<none>"))
names = []
for u in sorted(db["users"], key=lambda u: u["age"]):
    names.append(u["name"])
print(names)
