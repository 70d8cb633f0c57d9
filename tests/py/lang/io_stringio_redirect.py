import io
import sys
from contextlib import redirect_stdout, redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("captured text:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
s = io.StringIO("line a\nline b\n")
print(s.readline(), end="")
print(s.read())
b = io.BytesIO()
b.write(b"bytes here")
print(b.getvalue(), b.tell())
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("to", "sink", file=sink)
print(sink.parts)
