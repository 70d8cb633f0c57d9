# multiprocessing.pool.ThreadPool: the Pool interface over threads (lambdas
# work: nothing is pickled).
from multiprocessing.pool import ThreadPool
import threading
def sq(x): return x * x
with ThreadPool(3) as tp:
    print(tp.map(sq, range(10)), sorted(tp.imap_unordered(sq, range(4))), tp.apply(sq, (9,)))
    print(tp.map(lambda x: x + 1, [1, 2]))
    print(sorted(set(tp.map(lambda _: threading.current_thread().name.split('-')[0], range(20)))))
tp = ThreadPool(2); print(tp.map(sq, [3])); tp.close(); tp.join(); print('joined')
