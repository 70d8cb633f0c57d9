total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items)
call = max(
    4,
    9,
    2
)
print(call)
d = {
    "a": 1,
    "b": 2,
}
print(d)
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
cond = (total > 5 and
        call < 10)
print(cond)
t = 1, \
    2
print(t)
