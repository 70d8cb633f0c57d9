# socket: TCP over IPv4 and IPv6 loopback, UDP, socketpair, options,
# names, timeouts, with, makefile, create_connection/create_server.
import socket
import threading

print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.htons(0x1234) == 0x3412, socket.ntohs(socket.htons(80)), socket.htonl(1) == 1 << 24)
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(isinstance(socket.gethostname(), str))


def echo_once(srv):
    conn, addr = srv.accept()
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                break
            conn.sendall(data)


for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    with socket.socket(family, socket.SOCK_STREAM) as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        print("reuse", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
        srv.bind((host, 0))
        srv.listen()
        addr = srv.getsockname()
        print(addr[0], addr[1] > 0, len(addr))
        t = threading.Thread(target=echo_once, args=(srv,))
        t.start()
        c = socket.socket(family, socket.SOCK_STREAM)
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        print("nodelay", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
        c.connect(addr)
        print(c.getpeername() == addr, c.getsockname()[0])
        payload = bytes(range(256)) * 40
        c.sendall(payload)
        got = b""
        while len(got) < len(payload):
            got += c.recv(65536)
        print(got == payload, len(got))
        print(c.send(b"abc"), c.recv(10))
        buf = bytearray(8)
        c.send(b"into")
        n = c.recv_into(buf)
        print(n, buf)
        c.shutdown(socket.SHUT_WR)
        print(c.recv(10))
        c.close()
        t.join()
        print(c.fileno())

# UDP
for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    a = socket.socket(family, socket.SOCK_DGRAM)
    b = socket.socket(family, socket.SOCK_DGRAM)
    a.bind((host, 0))
    b.bind((host, 0))
    print(b.sendto(b"datagram", a.getsockname()))
    data, frm = a.recvfrom(100)
    print(data, frm == b.getsockname())
    a.sendto(b"reply", 0, frm)
    print(b.recvfrom(100)[0])
    a.close()
    b.close()

# socketpair, timeouts, blocking
x, y = socket.socketpair()
print(x.gettimeout(), x.getblocking())
x.settimeout(0.05)
print(x.gettimeout(), x.getblocking())
try:
    x.recv(10)
except socket.timeout as e:
    print("timeout:", e)
x.setblocking(False)
print(x.gettimeout())
try:
    x.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
x.setblocking(True)
y.sendall(b"ping")
print(x.recv(10))
try:
    x.settimeout(-1)
except ValueError as e:
    print("ValueError:", e)
f = x.makefile("rb")
y.sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
x.close()
y.close()

# create_server / create_connection
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
t = threading.Thread(target=echo_once, args=(srv,))
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print(c.gettimeout())
    c.sendall(b"via create_connection")
    print(c.recv(100))
t.join()
srv.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
print(sorted({ai[4][0] for ai in socket.getaddrinfo("localhost", 80, socket.AF_INET)}))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", isinstance(e, OSError))
