accounts = {}
log = []
def open_account(name, amount):
    if name in accounts:
        raise ValueError("duplicate account " + name)
    accounts[name] = amount
def transfer(src, dst, amount):
    if accounts[src] < amount:
        raise ValueError("insufficient funds in " + src)
    accounts[src] -= amount
    accounts[dst] += amount
ops = [("open", "alice", 100), ("open", "bob", 50), ("open", "alice", 5), ("xfer", "alice", "bob", 30), ("xfer", "bob", "alice", 500), ("xfer", "carol", "bob", 1)]
for op in ops:
    try:
        if op[0] == "open":
            open_account(op[1], op[2])
        else:
            transfer(op[1], op[2], op[3])
        log.append("ok")
    except ValueError as e:
        log.append("ValueError: " + str(e))
    except KeyError as e:
        log.append("KeyError: " + str(e))
print(accounts)
for entry in log:
    print(entry)
