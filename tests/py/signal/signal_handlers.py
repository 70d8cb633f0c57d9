# signal: installing, querying and running handlers; the enums; errors.
import os
import signal
import threading

print(repr(signal.SIGINT), int(signal.SIGTERM), repr(signal.SIG_IGN), repr(signal.SIGIOT))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGCHLD)))
print(signal.strsignal(signal.SIGINT), '|', signal.strsignal(signal.SIGTERM))
print(signal.SIGINT in signal.valid_signals(), signal.SIGKILL in signal.valid_signals())

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, threading.current_thread().name))


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)

print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print(len(got), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# two signals before the next check: both handlers run
signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)
got.clear()
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(1000):
    pass
print(sorted(got))


class Stop(Exception):
    pass


def stopper(signum, frame):
    raise Stop('signal %d' % signum)


signal.signal(signal.SIGUSR1, stopper)
try:
    signal.raise_signal(signal.SIGUSR1)
except Stop as e:
    print('Stop raised:', e)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGINT')
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print('default_int_handler raises', type(e).__name__)

for args in ((0, handler), (signal.NSIG, handler), (signal.SIGUSR1, 'nope'), (signal.SIGUSR1, 5),
             (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN), ('x', handler)):
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)


def from_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print('in a thread:', e)


t = threading.Thread(target=from_thread)
t.start()
t.join()
print(signal.getsignal(signal.SIGUSR1) is stopper)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print('done')
