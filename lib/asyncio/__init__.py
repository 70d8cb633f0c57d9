"""asyncio for gilpy: an epoll event loop (selectors) with CPython's API:
run, tasks, futures, gather/wait/wait_for/timeout/shield, locks, queues,
streams, run_in_executor/to_thread."""
from .exceptions import *
from .events import (Handle, TimerHandle, AbstractEventLoop, get_event_loop, set_event_loop,
                     new_event_loop, get_running_loop, _get_running_loop, _set_running_loop,
                     get_event_loop_policy, set_event_loop_policy, DefaultEventLoopPolicy)
from .coroutines import iscoroutine, iscoroutinefunction
from .futures import Future, wrap_future, isfuture
from .tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
                    wait_for, as_completed, sleep, gather, shield, ensure_future,
                    run_coroutine_threadsafe, current_task, all_tasks)
from .base_events import BaseEventLoop, SelectorEventLoop, Server
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .streams import StreamReader, StreamWriter, StreamReaderProtocol, open_connection, start_server
from .timeouts import Timeout, timeout, timeout_at
from .runners import Runner, run
from .threads import to_thread


class Protocol:
    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def data_received(self, data):
        pass

    def eof_received(self):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


BaseProtocol = Protocol
