# An asyncio echo server (start_server) serving 100 concurrent clients
# (open_connection) x 1000 messages each, every byte checked; then
# readline/readexactly/read(-1), EOF and connection errors.
# GILPY_IO_MESSAGES scales the message count down (only for slow sanitizer
# builds); the output does not change.
import asyncio
import os

CLIENTS = 100
MESSAGES = int(os.environ.get("GILPY_IO_MESSAGES", "1000"))


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(i, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    ok = 0
    nbytes = 0
    for m in range(MESSAGES):
        msg = b"client %d message %d %s\n" % (i, m, b"x" * (m % 13))
        writer.write(msg)
        await writer.drain()
        got = await reader.readexactly(len(msg))
        ok += got == msg
        nbytes += len(got)
    writer.close()
    await writer.wait_closed()
    return ok, nbytes


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(i, port) for i in range(CLIENTS)))
    good = sum(1 for ok, _ in results if ok == MESSAGES)
    print("clients with every message echoed intact:", good, "of", CLIENTS)
    expected = sum(len(b"client %d message %d %s\n" % (i, m, b"x" * (m % 13)))
                   for i in range(CLIENTS) for m in range(MESSAGES))
    print("bytes checked match:", sum(n for _, n in results) == expected)
    server.close()
    await server.wait_closed()
    print("server closed:", not server.is_serving())


async def reader_api():
    async def serve(reader, writer):
        writer.write(b"first line\nsecond")
        await writer.drain()
        writer.write(b" part\n0123456789tail")
        writer.write_eof()
        await writer.drain()
        data = await reader.read()
        writer.close()
        print("server got:", data)

    server = await asyncio.start_server(serve, "::1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    async with server:
        reader, writer = await asyncio.open_connection(host, port)
        print(writer.get_extra_info("peername")[:2] == (host, port))
        print(await reader.readline())
        print(await reader.readline())
        print(await reader.readexactly(10))
        print(await reader.read(-1), reader.at_eof())
        try:
            await reader.readexactly(5)
        except asyncio.IncompleteReadError as e:
            print("IncompleteReadError:", e, e.partial, e.expected)
        print(await reader.readline(), await reader.read(10))
        writer.write(b"bye from client")
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(0.01)


async def errors():
    srv = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    srv.close()
    await srv.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e.errno)

    async def slow(reader, writer):
        await reader.read()
        writer.close()
    srv = await asyncio.start_server(slow, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.02)
    except asyncio.TimeoutError:
        print("readline timed out")
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.02)
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
asyncio.run(reader_api())
asyncio.run(errors())
