# Ctrl-C (SIGINT) interrupts blocking socket, select, epoll and asyncio waits
# with KeyboardInterrupt in the main thread (EINTR runs the handler).
import socket, threading, _thread, time, os
a, b = socket.socketpair()
def later():
    time.sleep(0.1)
    os.kill(os.getpid(), 2)
threading.Thread(target=later).start()
try:
    a.recv(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in recv")
import select
threading.Thread(target=later).start()
try:
    select.select([a], [], [])
except KeyboardInterrupt:
    print("KeyboardInterrupt in select")
ep = select.epoll(); ep.register(a, select.EPOLLIN)
threading.Thread(target=later).start()
try:
    ep.poll()
except KeyboardInterrupt:
    print("KeyboardInterrupt in epoll")
import asyncio
async def main():
    threading.Thread(target=later).start()
    await asyncio.sleep(5)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt in asyncio.run")
