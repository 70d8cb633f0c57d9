def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "digit"
    else:
        return "big"
for v in [-3, 0, 7, 42]:
    print(v, classify(v))
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
else:
    print("both empty are false")
if 0: pass
else: print("one-liner else")
x = 3
if x > 1:
    if x > 2:
        if x > 3:
            print("deep >3")
        else:
            print("deep 3")
if x: print("truthy")
