# select.select, select.epoll and selectors.DefaultSelector over
# socketpairs and pipes; waiting releases the GIL (a thread wakes us).
import os
import select
import selectors
import socket
import threading
import time

a, b = socket.socketpair()
r, w = os.pipe()
print(select.select([a, r], [], [], 0))
print(select.select([], [b], [], 0) == ([], [b], []))
b.send(b"x")
os.write(w, b"y")
rl, wl, xl = select.select([a, r], [b], [], 1)
print(len(rl), rl[0] is a, rl[1] == r, wl == [b], xl)
print(a.recv(1), os.read(r, 1))
t0 = time.monotonic()
print(select.select([a], [], [], 0.05), time.monotonic() - t0 >= 0.04)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    select.select([a], [], [], -1)
except ValueError as e:
    print("ValueError:", e)

def later(sock, data, delay):
    time.sleep(delay)
    sock.send(data)

t = threading.Thread(target=later, args=(b, b"wake", 0.05))
t.start()
print(select.select([a], [], [])[0] == [a])
t.join()
print(a.recv(10))

ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(a.fileno(), select.EPOLLIN)
ep.register(r, select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0))
b.send(b"z")
events = ep.poll(1)
print(events == [(a.fileno(), select.EPOLLIN)])
ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
print(sorted(ep.poll(0)) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)])
ep.unregister(a)
try:
    ep.unregister(a)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    ep.register(r, select.EPOLLIN)
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(a.recv(10))
t = threading.Thread(target=later, args=(b, b"!", 0.05))
t.start()
ep.register(a, select.EPOLLIN)
print(ep.poll() == [(a.fileno(), select.EPOLLIN)])
t.join()
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError:", e)
with select.epoll() as ep2:
    pass
print(ep2.closed, select.EPOLLIN, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP, select.EPOLLET)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(a, selectors.EVENT_READ, data="A")
print(key.fd == a.fileno(), key.events, key.data)
print(sel.select(0) == [(key, selectors.EVENT_READ)])
print(a.recv(10))
print(sel.select(0))
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "RW")
print([(k.data, ev) for k, ev in sel.select(0)])
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError")
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError as e:
    print("KeyError:", e)
print(len(sel.get_map()))
t = threading.Thread(target=later, args=(b, b"sel", 0.05))
t.start()
sel.register(a, selectors.EVENT_READ)
print([k.fileobj is a for k, ev in sel.select(5)])
t.join()
sel.close()
with selectors.SelectSelector() as s2:
    s2.register(a, selectors.EVENT_READ)
    print([ev for k, ev in s2.select(0)])
a.close()
b.close()
os.close(r)
os.close(w)
