try:
    'x'.ljust(2**62)
except MemoryError:
    pass
try:
    '%*d' % (2**40, 1)
except MemoryError:
    pass
try:
    list(range(2**61))
except MemoryError:
    pass
