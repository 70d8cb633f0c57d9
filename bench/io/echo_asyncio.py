# bench/io server: an asyncio echo server (start_server, streams) on
# 127.0.0.1, port printed on stdout; runs until stdin closes (a reader
# thread stops the loop).  Same source for python3 and gilpy.
import asyncio
import sys
import threading


async def handle(reader, writer):
    sock = writer.get_extra_info("socket")
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def wait_stdin():
        sys.stdin.read()
        loop.call_soon_threadsafe(done.set_result, None)
    threading.Thread(target=wait_stdin, daemon=True).start()
    await done
    server.close()


asyncio.run(main())
