# bench/io server: a threaded TCP echo server (one thread per connection)
# on 127.0.0.1, port chosen by the OS and printed on stdout.  With "cpu"
# as argument a CPU-bound thread spins beside it (the convoy effect).
# Runs until stdin closes.  Same source for python3 and gilpy.
import socket
import sys
import threading

cpu = len(sys.argv) > 1 and sys.argv[1] == "cpu"
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(256)


def handle(conn):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    recv = conn.recv
    send = conn.sendall
    while True:
        data = recv(65536)
        if not data:
            break
        send(data)
    conn.close()


def acceptor():
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def spin():
    x = 0
    while True:
        x += 1


threading.Thread(target=acceptor, daemon=True).start()
if cpu:
    threading.Thread(target=spin, daemon=True).start()
print(srv.getsockname()[1], flush=True)
sys.stdin.read()
