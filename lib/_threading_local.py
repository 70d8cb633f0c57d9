"""Thread-local data (threading.local), written in Python.

Each local object keeps one attribute dict per thread, found by the
current Thread object (idents are reused after a thread ends, Thread
objects are not).  The entry holds the Thread weakly: when the Thread
object dies, a callback drops that thread's values (CPython's pure-Python
version does the same).  A subclass's __init__ runs again, with the
original arguments, the first time another thread touches the object."""
from _thread import get_ident, allocate_lock
from _weakref import ref

__all__ = ["local"]


def _impl(self):
    return object.__getattribute__(self, '_local__impl')


def _new_entry(self, dicts, key, thread):
    """A fresh attribute dict for thread, dropped when the Thread dies."""
    local_ref = ref(self)

    def thread_gone(thread_ref):
        loc = local_ref()
        if loc is not None:
            entries = _impl(loc)[0]
            entry = entries.get(key)
            if entry is not None and entry[0] is thread_ref:
                del entries[key]
    d = {}
    dicts[key] = (ref(thread, thread_gone), d)
    return d


def _dict(self):
    impl = _impl(self)
    key = get_ident()
    dicts = impl[0]
    entry = dicts.get(key)
    from threading import current_thread
    me = current_thread()
    if entry is not None and entry[0]() is me:
        return entry[1]
    d = _new_entry(self, dicts, key, me)
    init = type(self).__init__
    if init is not object.__init__:
        init(self, *impl[1], **impl[2])
    return d


class local:
    __slots__ = ('_local__impl', '__weakref__')

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = ({}, args, kw)
        object.__setattr__(self, '_local__impl', impl)
        from threading import current_thread
        _new_entry(self, impl[0], get_ident(), current_thread())
        return self

    def __getattribute__(self, name):
        if name == '_local__impl':
            return object.__getattribute__(self, name)
        d = _dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
