"""asyncio.to_thread: run a blocking function in the default executor
(a thread on the GIL, which it releases while it blocks)."""
import functools
from . import events

__all__ = ('to_thread',)


async def to_thread(func, *args, **kwargs):
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
