"""multiprocessing for gilpy: processes with the fork start method.

Process, Pool, Queue / JoinableQueue / SimpleQueue, Pipe, Lock, RLock,
Semaphore, BoundedSemaphore, Condition, Event, Barrier, Value and Array
in shared memory, cpu_count, current_process, get_context('fork') and
set_start_method('fork').  Only 'fork' exists: gilpy has no spawn.
"""
import os
import sys
from .context_errors import ProcessError, BufferTooShort, TimeoutError, AuthenticationError
from .process import Process, current_process, parent_process, active_children
from .connection import Pipe
from .queues import Queue, JoinableQueue, SimpleQueue
from .synchronize import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from .sharedctypes import Value, Array, RawValue, RawArray

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'Pipe', 'Queue',
           'JoinableQueue', 'SimpleQueue', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Event', 'Barrier', 'Value', 'Array', 'RawValue', 'RawArray', 'Pool',
           'cpu_count', 'get_context', 'set_start_method', 'get_start_method',
           'get_all_start_methods', 'ProcessError', 'BufferTooShort', 'TimeoutError',
           'AuthenticationError', 'freeze_support', 'Manager']


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from .pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def freeze_support():
    pass


def Manager():
    raise NotImplementedError('multiprocessing.Manager is not available in gilpy')


_start_method = None


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return 'fork'
    return _start_method


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


class ForkContext:
    _name = 'fork'
    Process = Process
    ProcessError = ProcessError
    TimeoutError = TimeoutError
    Queue = staticmethod(Queue)
    JoinableQueue = staticmethod(JoinableQueue)
    SimpleQueue = staticmethod(SimpleQueue)
    Pipe = staticmethod(Pipe)
    Lock = staticmethod(Lock)
    RLock = staticmethod(RLock)
    Semaphore = staticmethod(Semaphore)
    BoundedSemaphore = staticmethod(BoundedSemaphore)
    Condition = staticmethod(Condition)
    Event = staticmethod(Event)
    Barrier = staticmethod(Barrier)
    Value = staticmethod(Value)
    Array = staticmethod(Array)
    Pool = staticmethod(Pool)
    cpu_count = staticmethod(cpu_count)
    current_process = staticmethod(current_process)
    active_children = staticmethod(active_children)

    def get_start_method(self, allow_none=False):
        return 'fork'


_fork_context = ForkContext()


def get_context(method=None):
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % method)
    return _fork_context
