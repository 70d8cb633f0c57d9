# multiprocessing.Process: target and args, names, exit codes (return,
# sys.exit, os._exit, an exception, a signal), join(timeout), is_alive,
# terminate, kill, daemon, pid, current_process in the child.
import multiprocessing as mp
import os
import sys
import time


def report(q, *args):
    p = mp.current_process()
    q.put((p.name, args, p.pid == os.getpid(), mp.parent_process().pid == os.getppid()))


def leave(code):
    sys.exit(code)


def hard(code):
    os._exit(code)


def fail():
    sys.stderr = open(os.devnull, 'w')
    raise RuntimeError('no')


def sleeper():
    time.sleep(30)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 1, 'two'))
    print(p.name, p.exitcode, p.is_alive(), p.pid is None)
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, p.is_alive())
    named = mp.Process(target=report, args=(q,), name='worker-x', kwargs={})
    named.start()
    named.join()
    print(q.get())
    for target, arg in ((leave, 3), (leave, None), (hard, 5), (fail, None)):
        p = mp.Process(target=target, args=() if arg is None and target is fail else (arg,))
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
    s = mp.Process(target=sleeper, daemon=True)
    print(s.daemon)
    s.start()
    s.join(0.2)
    print('alive after join(0.2):', s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print('terminated:', s.exitcode, s.is_alive())
    k = mp.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print('killed:', k.exitcode)
    print(mp.current_process().name, mp.active_children())
