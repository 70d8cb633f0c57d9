# A future that finishes while as_completed()/wait() install their waiter
# must still wake them.  The waiter's installation (f._waiters.append) is
# hooked to start a thread that finishes the future right then.  With the
# future's condition held across the state check and the installation (the
# fix), that thread blocks until the waiter is in place and its set_result
# wakes it; without it, set_result ran with no waiter installed and the
# caller slept forever.  The bounded join only gives the finisher a chance
# to run inside the window: whether it gets there in time never changes the
# output, so the test asserts nothing about timing.
import threading
from concurrent.futures import Future, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED


class HookedWaiters(list):
    def __init__(self, future, value):
        super().__init__()
        self.future = future
        self.value = value
        self.fired = False

    def append(self, item):
        if not self.fired:
            self.fired = True
            t = threading.Thread(target=self.future.set_result, args=(self.value,))
            t.start()
            t.join(0.05)
        super().append(item)


def hooked(value):
    f = Future()
    f._waiters = HookedWaiters(f, value)
    return f


fs = [hooked(i) for i in range(3)]
print(sorted(f.result() for f in as_completed(fs)))

fs = [hooked(i) for i in range(3)]
done, not_done = wait(fs, return_when=ALL_COMPLETED)
print(len(done), len(not_done), sorted(f.result() for f in done))

f = hooked(7)
done, not_done = wait([f], return_when=FIRST_COMPLETED)
print(len(done), len(not_done), f.result())
