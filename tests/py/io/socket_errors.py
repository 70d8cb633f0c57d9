# socket errors map to CPython's OSError subclasses and messages:
# refused connections, resets, broken pipes, timeouts, closed sockets.
import socket
import struct
import threading

# refused: bind a port, close it, connect to it
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e)
print(c.connect_ex(("127.0.0.1", port)) == 111)
c.close()
c = socket.socket()
c.settimeout(2)
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("with timeout:", e)
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("create_connection:", e)

# reset: the peer closes with SO_LINGER 0, which sends RST
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()
try:
    c.recv(10)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e)
c.close()

# broken pipe: writing to a connection the peer has closed
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
conn.close()
errors = set()
try:
    for i in range(100):
        c.sendall(b"x" * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print("write to closed peer:", isinstance(e, ConnectionError))
c.close()
srv.close()

# timeouts on accept and on connect to a full backlog-free listener
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", type(e).__name__, e)
srv.close()

# operations on a closed socket
c = socket.socket()
c.close()
c.close()
try:
    c.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
print(repr(c)[:40])

# bind twice to the same address
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.close()
b.close()

# bad arguments
s = socket.socket()
for bad in ("127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)):
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
s.close()

# a blocking recv wakes up when another thread shuts the socket down
x, y = socket.socketpair()
def closer():
    import time
    time.sleep(0.05)
    y.shutdown(socket.SHUT_RDWR)
t = threading.Thread(target=closer)
t.start()
print("recv after peer shutdown:", x.recv(10))
t.join()
x.close()
y.close()
