# Cycles through classes, generators and exceptions (kinds the collector
# did not track at first: docs/gc.md).
import gc


gc.collect()


class K:
    pass


K.me = K
del K
print("class", gc.collect() > 0)


def gen():
    yield g


g = gen()
next(g)
del g
print("generator", gc.collect() > 0)


def fail():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


e = fail()
e.keep = e
del e
print("exception", gc.collect() > 0)
