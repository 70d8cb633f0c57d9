# A threaded TCP echo server serving 100 concurrent clients x 1000
# messages each, every byte checked (clients are threads too). All
# blocking calls release the GIL. GILPY_IO_MESSAGES scales the message
# count down (only for slow sanitizer builds); the output does not change.
import os
import socket
import threading

CLIENTS = 100
MESSAGES = int(os.environ.get("GILPY_IO_MESSAGES", "1000"))

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(128)
addr = srv.getsockname()


def handle(conn):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                return
            conn.sendall(data)


def acceptor():
    for _ in range(CLIENTS):
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


results = [None] * CLIENTS


def client(i):
    ok = 0
    total = 0
    with socket.create_connection(addr) as c:
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for m in range(MESSAGES):
            msg = ("client %d message %d " % (i, m)).encode() + bytes([i % 256, m % 256]) * (m % 7 + 1)
            c.sendall(msg)
            got = b""
            while len(got) < len(msg):
                part = c.recv(len(msg) - len(got))
                if not part:
                    break
                got += part
            if got == msg:
                ok += 1
            total += len(got)
    results[i] = (ok, total)


acc = threading.Thread(target=acceptor)
acc.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acc.join()
srv.close()
good = sum(1 for r in results if r is not None and r[0] == MESSAGES)
print("clients with every message echoed intact:", good, "of", CLIENTS)
expected_bytes = sum(len(("client %d message %d " % (i, m)).encode()) + 2 * (m % 7 + 1)
                     for i in range(CLIENTS) for m in range(MESSAGES))
print("bytes checked match:", sum(r[1] for r in results if r) == expected_bytes)
