x = None
for i in range(300000):
    x = [x]
del x
