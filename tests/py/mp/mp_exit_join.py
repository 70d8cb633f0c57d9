# At exit the parent joins its non-daemonic children and terminates the
# daemonic ones (CPython's multiprocessing exit function), so a child left
# running still finishes its output before the parent's exit completes.
import multiprocessing as mp
import sys
import time


def late(tag, delay):
    time.sleep(delay)
    print('child', tag, 'done', flush=True)


def forever():
    time.sleep(60)
    print('daemon should not get here', flush=True)


if __name__ == '__main__':
    mp.Process(target=late, args=('a', 1.0)).start()
    d = mp.Process(target=forever, daemon=True)
    d.start()
    print('parent done', len(mp.active_children()), flush=True)
