# The example native module (examples/native/primes.c, built as primes.so
# beside the gilpy binary).  Under gilpy it must be the native module;
# python3 runs the pure-Python twin below, which produced the expected
# output, so gilpy's native results are checked against Python's.
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(sys.executable)))
try:
    import primes
except ImportError:
    assert sys.implementation.name != 'gilpy', 'primes.so not built beside gilpy (make)'

    class primes:
        @staticmethod
        def count_range(lo, hi, release=False):
            n = 0
            for k in range(max(lo, 2), hi):
                d = 2
                while d * d <= k:
                    if k % d == 0:
                        break
                    d += 1
                else:
                    n += 1
            return n

        @staticmethod
        def count(n):
            if not isinstance(n, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
            if n < 0:
                raise ValueError('n must be >= 0, not %d' % n)
            return primes.count_range(0, n)

        count_nogil = count

        @staticmethod
        def first(k):
            out, v = [], 2
            while len(out) < k:
                if primes.count_range(v, v + 1):
                    out.append(v)
                v += 1
            return out

        @staticmethod
        def info():
            return (1, 'primes')
else:
    assert primes.__file__.endswith('.so'), primes.__file__

print(primes.info())
print([primes.count(n) for n in (0, 1, 2, 3, 10, 100, 1000, 10000)])
print(primes.count_nogil(10000), primes.count_range(1000, 2000), primes.count_range(1000, 2000, True))
print(primes.first(12))
for bad in (-5, 'x', 2.5):
    try:
        primes.count(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

results = {}


def work(name, fn, lo, hi):
    results[name] = fn(lo, hi)


for release in (False, True):
    ts = [threading.Thread(target=work, args=((release, i), lambda a, b: primes.count_range(a, b, release),
                                               i * 20000, (i + 1) * 20000)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print([results[(False, i)] for i in range(4)] == [results[(True, i)] for i in range(4)])
print(sum(results[(True, i)] for i in range(4)), primes.count(80000))

# Python threads keep running while the native call has the GIL released
counter = [0]
stop = threading.Event()


def spin():
    while not stop.is_set():
        counter[0] += 1


t = threading.Thread(target=spin)
t.start()
total = primes.count_nogil(30000)
stop.set()
t.join()
print(total, counter[0] > 0)
