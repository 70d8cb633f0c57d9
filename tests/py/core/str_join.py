print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")), "-".join("abc"))
print("|".join([]), "|".join(["only"]), ", ".join(["é", "中", "😀"]))
d = {"k1": 1, "k2": 2}
print("+".join(d))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("\n".join(["line1", "line2"]))
