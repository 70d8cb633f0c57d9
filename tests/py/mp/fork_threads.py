# os.fork while other threads run and hold locks: the child has one
# thread, a working GIL, can print, start threads and use locks that were
# free; the parent reaps it with waitpid and the W* macros.
import os
import sys
import threading
import time

held = threading.Lock()
free_lock = threading.Lock()
stop = threading.Event()


def hold():
    with held:
        stop.wait()


def chatter():
    while not stop.is_set():
        sys.stdout.write('')
        time.sleep(0.001)


threads = [threading.Thread(target=hold), threading.Thread(target=chatter), threading.Thread(target=chatter)]
for t in threads:
    t.start()
time.sleep(0.05)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('child threads:', threading.active_count(), threading.current_thread() is threading.main_thread())
    print('held lock still held:', held.locked(), held.acquire(timeout=0.05))
    with free_lock:
        print('free lock works')
    out = []
    ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('new threads in child:', sorted(out))
    print('sum in child', sum(i * i for i in range(100000)))
    sys.stdout.flush()
    os._exit(0)
_, status = os.waitpid(pid, 0)
print('child exited', os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
stop.set()
for t in threads:
    t.join()

sys.stdout.flush()   # CPython's fork does not flush: the child would print it again
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
print('killed child', os.WIFSIGNALED(status), os.WTERMSIG(status))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    sys.exit(4)   # the child runs the normal exit path
_, status = os.waitpid(pid, 0)
print('sys.exit in child', os.WEXITSTATUS(status))
print(os.waitpid(-1, os.WNOHANG) if False else 'done', os.getppid() > 0)
