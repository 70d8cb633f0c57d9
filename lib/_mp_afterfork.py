"""Run in a child right after fork (by _mp.fork): threading forgets the
parent's other threads, whose locks may be held forever here; then
threading._after_fork_child(), if threading defines it, can reinitialise
more of its own state (C events waited on by vanished threads, ...)."""
import sys


def after_fork():
    t = sys.modules.get('threading')
    if t is None:
        return
    import _thread
    ident = _thread.get_ident()
    cur = t._active.get(ident)
    if cur is None:
        cur = t._main_thread if hasattr(t, '_main_thread') else None
    t._active_limbo_lock = t.RLock()
    t._shutdown_locks_lock = _thread.allocate_lock()
    t._shutdown_locks = []
    t._active.clear()
    if hasattr(t, '_limbo'):
        t._limbo.clear()
    if cur is not None:
        cur._ident = ident
        t._active[ident] = cur
        if hasattr(t, '_main_thread'):
            t._main_thread = cur
    hook = getattr(t, '_after_fork_child', None)
    if hook is not None:
        hook()
