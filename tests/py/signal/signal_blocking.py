# A handler runs in the main thread and its exception ends the blocking
# call the main thread is in, whichever thread the signal reached: sleep,
# a lock that is never released, a join.  (Each wait below is far longer
# than the test's timeout: only the signal can end it.)
import os
import signal
import threading
import time


class Woken(Exception):
    pass


seen = []


def handler(signum, frame):
    seen.append(threading.current_thread().name)
    raise Woken(signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGALRM, handler)

# 1. a timer signal during time.sleep
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(1000)
except Woken as e:
    print('sleep interrupted by', e)

# 2. another thread signals the process while the main thread sleeps
def kill_soon():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)


t = threading.Thread(target=kill_soon, name='killer')
t.start()
try:
    time.sleep(1000)
except Woken as e:
    print('sleep interrupted by', e)
t.join()

# 3. a lock nobody will release
lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=kill_soon, name='killer2')
t.start()
try:
    lock.acquire()
except Woken as e:
    print('acquire interrupted by', e)
t.join()

# 4. joining a thread that waits for the main thread
go = threading.Event()


def waiter():
    go.wait()


w = threading.Thread(target=waiter, name='waiter')
w.start()
k = threading.Thread(target=kill_soon, name='killer3')
k.start()
try:
    w.join()
except Woken as e:
    print('join interrupted by', e)
go.set()
w.join()
k.join()

# 5. a handler that returns: the sleep goes on to its end
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
print('handler calls', len(calls), 'sleep completed')
print('handlers ran in', sorted(set(seen)))
print(signal.getitimer(signal.ITIMER_REAL))
