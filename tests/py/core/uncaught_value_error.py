values = ["1", "2", "three"]
for v in values:
    print(int(v))
