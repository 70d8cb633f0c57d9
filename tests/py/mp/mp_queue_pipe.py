# multiprocessing Queue, JoinableQueue, SimpleQueue and Pipe between
# processes: ordering, timeouts, bounded queues, large messages, poll.
import multiprocessing as mp
import queue


def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.close()


def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def big(conn):
    conn.send(b'x' * 1000000)
    conn.send(list(range(100000)))


if __name__ == '__main__':
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, k * 100, 50)) for k in range(3)]
    for p in ps:
        p.start()
    items = [q.get() for _ in range(150)]
    for p in ps:
        p.join()
    print(len(items), sorted(items) == sorted(list(range(0, 50)) + list(range(100, 150)) + list(range(200, 250))))
    print([i for i in items if i < 100] == list(range(50)))
    print(q.empty(), q.qsize())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print('Empty after timeout')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty at once')
    b = mp.Queue(maxsize=2)
    b.put(1)
    b.put(2)
    try:
        b.put(3, timeout=0.05)
    except queue.Full:
        print('Full', b.full())
    print(b.get(), b.get())

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for msg in (1, 'two', [3.0, {'four': (4,)}], None):
        parent.send(msg)
        if msg is not None:
            print(parent.recv())
    p.join()
    print('poll on idle pipe:', parent.poll(0.05))

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=big, args=(w,))
    p.start()
    data = r.recv()
    lst = r.recv()
    p.join()
    print(len(data), len(lst), lst[-1])
    w.send_bytes(b'raw bytes')
    print(r.recv_bytes())

    jq = mp.JoinableQueue()
    out = mp.Queue()
    c = mp.Process(target=consumer, args=(jq, out))
    c.start()
    for i in range(5):
        jq.put(i)
    jq.join()
    print(sorted(out.get() for _ in range(5)))
    jq.put(None)
    c.join()
    print('consumer exit', c.exitcode)

    sq = mp.SimpleQueue()
    sq.put(('a', 1))
    print(sq.empty(), sq.get(), sq.empty())
