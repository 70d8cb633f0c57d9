"""The event loop: a selector (epoll) loop with timers, callbacks,
socket transports, servers and an executor.

One iteration (_run_once): wait in the selector (GIL released) until the
nearest timer, turn ready fds and due timers into handles, run the
handles that were ready at the start of the iteration.
"""
import collections
import heapq
import os
import selectors
import socket
import sys
import threading
import time

from . import events, futures, exceptions
from .coroutines import iscoroutine

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'Server')

_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAX_SIZE = 256 * 1024


def _format_exc_lines(exc):
    """Traceback lines of exc without the frames of asyncio itself
    (CPython's task stepping is C code, so shows no frames)."""
    import traceback
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return [ln for ln in lines if not (ln.startswith('  File "') and
                                       ln.split('"')[1].startswith('<gilpy-lib asyncio.'))]


class BaseEventLoop(events.AbstractEventLoop):
    def __init__(self, selector=None):
        self._selector = selector if selector is not None else selectors.DefaultSelector()
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._exception_handler = None
        self._default_executor = None
        self._debug = False
        self._unretrieved = []
        self._transports = {}
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # ---- futures and tasks ----
    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # ---- running ----
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_id = threading.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        from .tasks import ensure_future
        new_task = not futures.isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        def _done(fut):
            fut._loop.stop()
        future.add_done_callback(_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_unretrieved()
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._csock.close()
        self._selector.close()

    def _report_unretrieved(self, only_dropped=False):
        """Futures whose exception nobody retrieved: CPython reports them
        when they are garbage collected.  gilpy has no __del__ for Python
        objects, so each loop iteration reports those only this list still
        references (a refcount of 3: the list, `fut` and getrefcount's
        argument), and closing the loop reports the rest."""
        pending, self._unretrieved = self._unretrieved, []
        keep = []
        for fut in pending:
            if not fut._log_traceback:
                continue
            if only_dropped and sys.getrefcount(fut) > 3:
                keep.append(fut)
                continue
            fut._log_traceback = False
            kind = 'Task' if hasattr(fut, '_coro') else 'Future'
            self.call_exception_handler({
                'message': f'{kind} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            })
        fut = None
        self._unretrieved.extend(keep)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        if self._default_executor is None:
            return
        future = self.create_future()
        executor = self._default_executor

        def _do():
            try:
                executor.shutdown(wait=True)
                self.call_soon_threadsafe(future.set_result, None)
            except Exception as ex:
                self.call_soon_threadsafe(future.set_exception, ex)
        thread = threading.Thread(target=_do)
        thread.start()
        try:
            await future
        finally:
            thread.join()

    # ---- scheduling ----
    def call_soon(self, callback, *args, context=None):
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        timer = events.TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _write_to_self(self):
        try:
            self._csock.send(b'\0')
        except OSError:
            pass

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except (BlockingIOError, InterruptedError):
                break

    def _run_once(self):
        sched = self._scheduled
        if (len(sched) > 100 and
                self._timer_cancelled_count / len(sched) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for h in sched:
                if h._cancelled:
                    h._scheduled = False
                else:
                    kept.append(h)
            heapq.heapify(kept)
            self._scheduled = sched = kept
            self._timer_cancelled_count = 0
        else:
            while sched and sched[0]._cancelled:
                self._timer_cancelled_count -= 1
                h = heapq.heappop(sched)
                h._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, sched[0]._when - self.time()), 86400)
        event_list = self._selector.select(timeout)
        ready = self._ready
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    ready.append(writer)
        end_time = self.time() + 1e-9
        while sched:
            h = sched[0]
            if h._when >= end_time:
                break
            h = heapq.heappop(sched)
            h._scheduled = False
            ready.append(h)
        ntodo = len(ready)
        popleft = ready.popleft
        for _ in range(ntodo):
            h = popleft()
            if h._cancelled:
                continue
            h._run()
        h = None
        if self._unretrieved:
            self._report_unretrieved(only_dropped=True)

    # ---- file descriptors ----
    # The selector's data for an fd is (reader handle, writer handle);
    # `side` is 0 for the reader, 1 for the writer.
    def _add_handler(self, fd, side, callback, args):
        handle = events.Handle(callback, args, self)
        event = (selectors.EVENT_READ, selectors.EVENT_WRITE)[side]
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            data = [None, None]
            data[side] = handle
            self._selector.register(fd, event, tuple(data))
        else:
            data = list(key.data)
            old, data[side] = data[side], handle
            self._selector.modify(fd, key.events | event, tuple(data))
            if old is not None:
                old.cancel()
        return handle

    def _remove_handler(self, fd, side):
        if self._closed:
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        data = list(key.data)
        old, data[side] = data[side], None
        mask = key.events & ~(selectors.EVENT_READ, selectors.EVENT_WRITE)[side]
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(data))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_handler(fd, 0, callback, args)

    def _remove_reader(self, fd):
        return self._remove_handler(fd, 0)

    def _add_writer(self, fd, callback, *args):
        return self._add_handler(fd, 1, callback, args)

    def _remove_writer(self, fd):
        return self._remove_handler(fd, 1)

    def add_reader(self, fd, callback, *args):
        self._check_closed()
        self._add_reader(_fd(fd), callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(_fd(fd))

    def add_writer(self, fd, callback, *args):
        self._check_closed()
        self._add_writer(_fd(fd), callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(_fd(fd))

    # ---- low-level socket operations ----
    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()

        def _ready():
            if fut.done():
                return
            try:
                data = sock.recv(n)
            except (BlockingIOError, InterruptedError):
                return
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(data)
        self._add_reader(fd, _ready)
        try:
            return await fut
        finally:
            self._remove_reader(fd)

    async def sock_sendall(self, sock, data):
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        view = [bytes(data[n:])]

        def _ready():
            if fut.done():
                return
            try:
                k = sock.send(view[0])
            except (BlockingIOError, InterruptedError):
                return
            except BaseException as exc:
                fut.set_exception(exc)
                return
            view[0] = view[0][k:]
            if not view[0]:
                fut.set_result(None)
        self._add_writer(fd, _ready)
        try:
            return await fut
        finally:
            self._remove_writer(fd)

    async def sock_connect(self, sock, address):
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()

        def _ready():
            if fut.done():
                return
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                fut.set_exception(OSError(err, f'Connect call failed {address}'))
            else:
                fut.set_result(None)
        self._add_writer(fd, _ready)
        try:
            return await fut
        finally:
            self._remove_writer(fd)

    async def sock_accept(self, sock):
        fut = self.create_future()
        fd = sock.fileno()

        def _ready():
            if fut.done():
                return
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError):
                return
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result((conn, address))
        self._add_reader(fd, _ready)
        try:
            return await fut
        finally:
            self._remove_reader(fd)

    # ---- executor ----
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    # ---- errors ----
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        if exception is not None:
            text += ''.join(_format_exc_lines(exception))
        sys.stderr.write(text)
        sys.stderr.flush()

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })

    # ---- high-level networking ----
    async def create_connection(self, protocol_factory, host=None, port=None, *, family=0,
                                proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                                ssl=None, **kw):
        if sock is None:
            infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, proto, flags)
            exceptions_ = []
            for fam, type_, pr, _, address in infos:
                sock = socket.socket(fam, type_, pr)
                sock.setblocking(False)
                try:
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    sock.close()
                    sock = None
                    exceptions_.append(exc)
                except BaseException:
                    sock.close()
                    raise
            if sock is None:
                if len(exceptions_) == 1:
                    raise exceptions_[0]
                model = str(exceptions_[0])
                if all(str(e) == model for e in exceptions_):
                    raise exceptions_[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in exceptions_)))
        else:
            sock.setblocking(False)
        if sock.type == socket.SOCK_STREAM:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SocketTransport(self, sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                            flags=socket.AI_PASSIVE, sock=None, backlog=100, ssl=None,
                            reuse_address=None, reuse_port=None, start_serving=True, **kw):
        sockets = []
        if sock is None:
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or host is None:
                hosts = [host]
            else:
                hosts = list(host)
            infos = []
            for h in hosts:
                infos.extend(socket.getaddrinfo(h, port, family, socket.SOCK_STREAM, 0, flags))
            seen = set()
            try:
                for fam, type_, pr, _, sa in infos:
                    if (fam, sa) in seen:
                        continue
                    seen.add((fam, sa))
                    s = socket.socket(fam, type_, pr)
                    sockets.append(s)
                    if reuse_address is None or reuse_address:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    if reuse_port:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if fam == socket.AF_INET6:
                        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                    try:
                        s.bind(sa)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                      % (sa, err.strerror.lower())) from None
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        else:
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks_sleep0()
        return server

    async def connect_accepted_socket(self, protocol_factory, sock, **kw):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SocketTransport(self, sock, protocol, waiter)
        await waiter
        return transport, protocol

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
                try:
                    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                except OSError:
                    pass
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({'message': 'socket.accept() out of system resource',
                                             'exception': exc})
                return
            protocol = protocol_factory()
            _SocketTransport(self, conn, protocol, None, server)


def _fd(f):
    if isinstance(f, int):
        return f
    return int(f.fileno())


def tasks_sleep0():
    from .tasks import sleep
    return sleep(0)


class _SocketTransport:
    """A stream over a non-blocking socket: reads feed protocol.data_received;
    writes go straight to the socket, the rest is buffered until writable."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._conn_lost = 0
        self._eof = False
        self._paused = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        if server is not None:
            server._attach()
        loop._transports[self._sock_fd] = self
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(loop._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_waiter, waiter, None)

    def __repr__(self):
        return f'<_SelectorSocketTransport fd={self._sock_fd}>'

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc)
            return
        if not data:
            self._loop._remove_reader(self._sock_fd)
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()
            return
        self._protocol.data_received(data)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
            if n == len(data):
                return
            data = data[n:]
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc)
            return
        if n:
            del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def _maybe_pause_protocol(self):
        if len(self._buffer) > self._high_water and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def get_write_buffer_size(self):
        return len(self._buffer)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc):
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop._transports.pop(self._sock_fd, None)
            self._sock.close()
            self._sock = None
            self._protocol = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


def _set_waiter(waiter, value):
    if not waiter.cancelled():
        waiter.set_result(value)


class Server:
    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._add_reader(sock.fileno(), self._loop._accept_connection,
                                   self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks_sleep0()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class SelectorEventLoop(BaseEventLoop):
    pass
