# Value and Array in shared memory and process-shared Lock, RLock,
# Semaphore, Event, Condition and Barrier.
import multiprocessing as mp
import time


def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def fill(arr, k):
    for i in range(len(arr)):
        if i % 4 == k:
            arr[i] = i * 1.5


def locked_append(lock, arr, idx, k):
    with lock:
        first = idx.value
        time.sleep(0.01)
        arr[first] = k
        idx.value = first + 1


def waiter(ev, flag):
    ev.wait()
    flag.value = 1


def reentrant(rl, v):
    with rl:
        with rl:
            v.value += 5


def limited(sem, cur, peak, lock):
    with sem:
        with lock:
            cur.value += 1
            peak.value = max(peak.value, cur.value)
        time.sleep(0.05)
        with lock:
            cur.value -= 1


def cond_wait(cond, state):
    with cond:
        cond.wait_for(lambda: state.value == 1, timeout=10)
        state.value = 2
        cond.notify_all()


if __name__ == '__main__':
    v = mp.Value('i', 0)
    ps = [mp.Process(target=bump, args=(v, 500)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('counter', v.value)
    d = mp.Value('d', 2.5)
    print(d.value, mp.Value('c', b'z').value, mp.RawValue('l', 7).value)

    arr = mp.Array('d', 8)
    ps = [mp.Process(target=fill, args=(arr, k)) for k in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], len(arr), arr[-1])
    ia = mp.Array('i', [5, 6, 7])
    ia[1:3] = [60, 70]
    print(list(ia), ia[0])

    lock = mp.Lock()
    order = mp.Array('i', 4, lock=False)
    idx = mp.Value('i', 0, lock=False)
    ps = [mp.Process(target=locked_append, args=(lock, order, idx, k + 1)) for k in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('serialised', idx.value, sorted(order))
    print(lock.acquire(), lock.acquire(False), lock.release())
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)

    ev = mp.Event()
    flag = mp.Value('i', 0)
    p = mp.Process(target=waiter, args=(ev, flag))
    p.start()
    time.sleep(0.1)
    print('before set', flag.value, ev.is_set())
    ev.set()
    p.join()
    print('after set', flag.value, ev.is_set(), ev.wait(0))
    ev.clear()
    print('cleared', ev.is_set(), ev.wait(0.05))

    rl = mp.RLock()
    rv = mp.Value('i', 0)
    p = mp.Process(target=reentrant, args=(rl, rv))
    p.start()
    p.join()
    print('rlock', rv.value)

    sem = mp.Semaphore(2)
    cur, peak, lk = mp.Value('i', 0), mp.Value('i', 0), mp.Lock()
    ps = [mp.Process(target=limited, args=(sem, cur, peak, lk)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('peak within semaphore', peak.value <= 2, cur.value)

    cond = mp.Condition()
    state = mp.Value('i', 0)
    p = mp.Process(target=cond_wait, args=(cond, state))
    p.start()
    time.sleep(0.1)
    with cond:
        state.value = 1
        cond.notify_all()
    with cond:
        cond.wait_for(lambda: state.value == 2, timeout=10)
    p.join()
    print('condition', state.value)
