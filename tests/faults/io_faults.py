# I/O faults: closed descriptors give OSError/ValueError, pipes and sockets
# with more data than their buffers (short reads and writes) move every byte.
import os, socket, threading
r, w = os.pipe()
os.close(w)
try:
    os.write(w, b"x")
except OSError as e:
    print("write to closed fd:", type(e).__name__)
f = open(r, "rb")
os.close(r)
try:
    f.read()
except OSError as e:
    print("read from closed fd:", type(e).__name__)
try:
    f.close()
except OSError:
    pass
g = open(os.devnull, "w")
g.close()
try:
    g.write("x")
except ValueError as e:
    print("write to closed file:", e)
# 4 MB through a 64 KB pipe: partial writes and reads in the buffered layer
data = bytes(range(256)) * 16384
r, w = os.pipe()
def writer():
    with open(w, "wb") as out:
        out.write(data)
t = threading.Thread(target=writer)
t.start()
with open(r, "rb") as inp:
    got = inp.read()
t.join()
assert got == data, (len(got), len(data))
print("pipe bytes:", len(got))
a, b = socket.socketpair()
def sender():
    a.sendall(data)
    a.close()
t = threading.Thread(target=sender)
t.start()
chunks = []
while True:
    c = b.recv(65536)
    if not c:
        break
    chunks.append(c)
t.join()
b.close()
assert b"".join(chunks) == data
print("socket bytes:", len(data), "chunks > 1:", len(chunks) > 1)
print("done")
