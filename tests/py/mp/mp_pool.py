# multiprocessing.Pool: map, imap, imap_unordered, starmap, apply,
# apply_async with callbacks and timeouts, exceptions raised in workers
# re-raised in the parent with their type, close/join, context manager.
import multiprocessing as mp
import os
import time


class Oops(Exception):
    pass


def square(x):
    return x * x


def power(x, n):
    return x ** n


def check(x):
    if x == 5:
        raise Oops('five', x)
    return x


def slow(x):
    time.sleep(x)
    return x


def whoami(_):
    return os.getpid()


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(square, range(20)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(list(pool.imap(square, range(10))))
        print(list(pool.imap(square, range(10), chunksize=4)))
        print(sorted(pool.imap_unordered(square, range(10))))
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 0)]))
        print(pool.apply(power, (2, 5)))
        print(pool.apply(power, (), {'x': 3, 'n': 2}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=10), r.ready(), r.successful())
        got = []
        r = pool.map_async(square, [1, 2, 3], callback=got.append)
        r.wait()
        time.sleep(0.05)
        print(got)
        try:
            pool.map(check, range(10))
        except Oops as e:
            print('Oops from map:', e.args)
        r = pool.apply_async(check, (5,))
        try:
            r.get()
        except Oops as e:
            print('Oops from apply_async:', e.args, r.successful())
        it = pool.imap(check, range(7))
        out = []
        try:
            for v in it:
                out.append(v)
        except Oops as e:
            print('Oops from imap after', out)
        r = pool.apply_async(slow, (1.5,))
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError:
            print('TimeoutError', r.ready())
        print(r.get())
        pids = set(pool.map(whoami, range(40), chunksize=1))
        print(len(pids) <= 2, os.getpid() not in pids)
    pool = mp.Pool(processes=3)
    print(pool.map(square, range(5)))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError:', e)
