"""concurrent.futures for gilpy: Future, ThreadPoolExecutor,
ProcessPoolExecutor (fork), wait, as_completed."""
from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')
