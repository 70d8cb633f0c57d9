s = "aé中😀bcd"
for start in [None, 0, 1, -1, -3]:
    for step in [1, 2, -1, -2]:
        print(start, step, repr(s[start::step]))
print(s[1:4], s[-4:-1], s[3:3], s[::3])
