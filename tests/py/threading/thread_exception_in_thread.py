import threading
import sys
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def fail():
    raise ValueError("thread failure")
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print(caught)
print("main continues")
