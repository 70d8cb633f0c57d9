"""CPU-bound work four ways: sequential, 2 threads, Pool(2), ProcessPoolExecutor(2),
and (gilpy only) the native primes module sequential / 2 threads keeping the GIL
/ 2 threads releasing it; plus Pool start-up and per-task overhead.
Prints one line of key=value (seconds, or ms/us where named)."""
import os
import sys
import threading
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

N = int(os.environ.get('BENCH_N', '60000'))
JOBS = 4


def count(n):
    c = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            c += 1
    return c


def noop(x):
    return x


def timed(fn):
    t = time.perf_counter()
    r = fn()
    return time.perf_counter() - t, r


def in_threads(fn, args_list):
    out = []
    ts = [threading.Thread(target=lambda a=a: out.append(fn(*a))) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


def main():
    res = {}
    res['seq'], expect = timed(lambda: [count(N) for _ in range(JOBS)])
    res['thr2'], r = timed(lambda: in_threads(lambda: [count(N) for _ in range(JOBS // 2)], [(), ()]))
    with mp.Pool(2) as pool:
        pool.map(noop, [0, 1])
        res['pool2'], r = timed(lambda: pool.map(count, [N] * JOBS, chunksize=1))
        assert r == expect
    with ProcessPoolExecutor(2) as ex:
        list(ex.map(noop, [0, 1]))
        res['ppe2'], r = timed(lambda: list(ex.map(count, [N] * JOBS)))
        assert r == expect
    t0 = time.perf_counter()
    for _ in range(5):
        p = mp.Pool(2)
        p.map(noop, [1])
        p.close()
        p.join()
    res['pool_start_ms'] = (time.perf_counter() - t0) / 5 * 1000
    with mp.Pool(2) as pool:
        pool.map(noop, [0, 1])
        t, _ = timed(lambda: pool.map(noop, range(2000), chunksize=1))
        res['task_us'] = t / 2000 * 1e6
    sys.path.insert(0, os.path.dirname(os.path.abspath(sys.executable)))
    try:
        import primes
    except ImportError:
        primes = None
    if primes is not None:
        M = N * 6
        res['nat_seq'], a = timed(lambda: [primes.count(M) for _ in range(JOBS)])
        res['nat_keep2'], b = timed(lambda: in_threads(lambda: [primes.count(M) for _ in range(JOBS // 2)], [(), ()]))
        res['nat_rel2'], c = timed(lambda: in_threads(lambda: [primes.count_nogil(M) for _ in range(JOBS // 2)], [(), ()]))
        assert sorted(sum(b, [])) == a and sorted(sum(c, [])) == a
        # a Python thread's progress while the main thread is in the native
        # call: ~0 when the call keeps the GIL, steady when it releases it
        # (robust to a loaded machine, unlike the speedups)
        for key, fn in (('spin_keep', primes.count), ('spin_rel', primes.count_nogil)):
            ticks = [0]
            stop = threading.Event()

            def spin():
                while not stop.is_set():
                    ticks[0] += 1
            t = threading.Thread(target=spin)
            t.start()
            time.sleep(0.05)
            start = ticks[0]
            el, _ = timed(lambda: fn(M))
            res[key] = (ticks[0] - start) / el
            stop.set()
            t.join()
    print('cpu ' + ' '.join('%s=%.4f' % kv for kv in res.items()))


if __name__ == '__main__':
    main()
