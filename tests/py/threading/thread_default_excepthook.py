import io
import sys
import threading

def fail():
    raise ValueError("boom in thread")

# The default threading.excepthook writes "Exception in thread NAME:" and the
# traceback to sys.stderr; capture it and check its shape.
captured = io.StringIO()
saved = sys.stderr
sys.stderr = captured
t = threading.Thread(target=fail, name="Worker-1")
t.start()
t.join()
sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(any(l.endswith('thread_default_excepthook.py", line 6, in fail') for l in lines))
print(lines[-2].strip())
print(lines[-1])
print("main still runs after the thread died")
