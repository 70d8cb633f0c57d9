# Messages bigger than a pipe's buffer through Pool, ProcessPoolExecutor and
# Queue: the writer blocks mid-message while a reader drains it (no deadlock
# between task and result pipes).
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
def ident(x): return x
if __name__ == '__main__':
    data = [bytes([i]) * 300000 for i in range(20)]
    with mp.Pool(2) as p:
        r = p.map(ident, data)
        print(r == data)
        print(sum(len(x) for x in p.imap_unordered(ident, data, chunksize=3)))
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(ident, data)) == data)
    q = mp.Queue()
    def prod(q):
        for d in data: q.put(d)
    ps = mp.Process(target=prod, args=(q,)); ps.start()
    got = [q.get() for _ in data]; ps.join(); print(got == data)
