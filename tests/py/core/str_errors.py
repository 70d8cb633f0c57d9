try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" - "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".foo()
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "a".join("b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    -"abc"
except TypeError as e:
    print("TypeError:", e)
