# At exit: atexit handlers run last registered first (after the main
# program and its threads), a failing one is reported on stderr without
# stopping the rest, and live weakref.finalize objects run newest first.
import atexit
import threading
import time
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def handler(tag):
    print("atexit handler", tag)


class Failing:
    def __call__(self):
        raise RuntimeError("handler failed")

    def __repr__(self):
        return "<Failing handler>"


atexit.register(handler, "registered first")
atexit.register(Failing())
atexit.register(handler, tag="registered last")
removed = atexit.register(handler, "removed")
atexit.unregister(handler)
atexit.register(handler, "after unregister")

keep = [Res("r1"), Res("r2")]
for r in keep:
    weakref.finalize(r, print, "finalize", r.name)

dead = Res("dead")
weakref.finalize(dead, print, "finalize dead")
del dead


@atexit.register
def decorated():
    print("decorated handler")


def late():
    time.sleep(0.05)
    print("non-daemon thread done")


threading.Thread(target=late).start()
print("main done", removed is handler)
