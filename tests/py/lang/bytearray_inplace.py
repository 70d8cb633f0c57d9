# bytearray's in-place operators change the object itself.
b = bytearray(b'ab')
alias = b
b *= 3
print(b, alias is b)
b += b'!'
print(alias, alias is b)
b *= 1
print(b)
b *= 0
print(b, alias, len(alias))
c = bytearray(b'xyz')
c *= -2
print(c)
d = bytearray(b'q')
try:
    d *= 'x'
except TypeError as e:
    print('TypeError', e)
try:
    d *= 2.0
except TypeError as e:
    print('TypeError', e)
e = bytearray()
e *= 1000
print(e, len(e))
f = bytearray(b'ab')
f *= 1000
print(len(f), f[:6], f[-4:], f.count(b'ab'))
