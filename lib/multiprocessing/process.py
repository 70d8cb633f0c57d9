"""multiprocessing.process: Process objects, started with os.fork.

The child runs the target, flushes stdio and leaves with os._exit (never
through the parent's exit sequence).  An exception escaping run() is
printed as CPython does ("Process Name:" then the traceback) and gives
exit code 1; SystemExit(n) gives n; a signal gives -signum.
"""
import os
import sys
import itertools

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']

_counter = itertools.count(1)
_children = set()


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        parent = _current_process
        self._identity = parent._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._popen_pid = None
        self._exitcode = None
        self._closed = False
        self._sentinel_r = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError('process object is closed')
        assert self._popen_pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._daemonic, 'daemonic processes are not allowed to have children'
        _cleanup()
        sys.stdout.flush()
        sys.stderr.flush()
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            code = self._bootstrap()
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
        os.close(w)
        self._sentinel_r = r
        self._popen_pid = pid
        _children.add(self)

    def _bootstrap(self):
        global _current_process, _parent_process
        _children.clear()
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        if self._daemonic:
            import _mp
            _mp.set_pdeathsig(15)   # CPython terminates daemonic children at exit
            if os.getppid() != self._parent_pid:
                return 1
        try:
            self.run()
            return 0
        except SystemExit as e:
            c = e.code
            if c is None:
                return 0
            if isinstance(c, int):
                return c
            sys.stderr.write(str(c) + '\n')
            return 1
        except BaseException:
            import traceback
            sys.stderr.write('Process %s:\n' % self._name)
            traceback.print_exc()
            return 1

    def _poll(self, flag):
        if self._exitcode is None and self._popen_pid is not None:
            try:
                pid, st = os.waitpid(self._popen_pid, flag)
            except ChildProcessError:
                return None
            if pid == 0:
                return None
            self._exitcode = -os.WTERMSIG(st) if os.WIFSIGNALED(st) else os.WEXITSTATUS(st)
            if self._sentinel_r is not None:
                os.close(self._sentinel_r)
                self._sentinel_r = None
        return self._exitcode

    def join(self, timeout=None):
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen_pid is not None, 'can only join a started process'
        if timeout is None:
            self._poll(0)
        else:
            import _mp
            if self._exitcode is None and self._sentinel_r is not None:
                _mp.poll(self._sentinel_r, max(timeout, 0))
            self._poll(os.WNOHANG)
        if self._exitcode is not None:
            _children.discard(self)

    def is_alive(self):
        if self is _current_process:
            return True
        if self._popen_pid is None:
            return False
        return self._poll(os.WNOHANG) is None

    def terminate(self):
        self._signal(15)

    def kill(self):
        self._signal(9)

    def _signal(self, sig):
        if self._popen_pid is not None and self._exitcode is None:
            try:
                os.kill(self._popen_pid, sig)
            except ProcessLookupError:
                pass

    def close(self):
        if self._popen_pid is not None and self._exitcode is None:
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen_pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        if self._popen_pid is None:
            return None
        return self._poll(os.WNOHANG)

    @property
    def ident(self):
        if self is _current_process:
            return os.getpid()
        return self._popen_pid

    pid = ident

    @property
    def sentinel(self):
        return self._sentinel_r

    def __repr__(self):
        if self is _current_process:
            status = 'started'
        elif self._popen_pid is None:
            status = 'initial'
        else:
            code = self.exitcode
            status = 'started' if code is None else ('stopped' if code == 0 else 'stopped[%s]' % code)
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen_pid is not None:
            info.append('pid=%s' % self._popen_pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen_pid = None
        self._daemonic = False
        self._exitcode = None
        self._closed = False
        self._target = None
        self._sentinel_r = None

    @property
    def ident(self):
        return os.getpid()

    pid = ident


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._parent_pid = None
        self._popen_pid = None
        self._pid = pid
        self._daemonic = False
        self._exitcode = None
        self._closed = False
        self._sentinel_r = None

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._poll(os.WNOHANG) is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


def _exit_function():
    # CPython's multiprocessing.util._exit_function, run at interpreter
    # exit after the threads are joined: daemonic children are terminated,
    # the others joined.  gilpy has no atexit: threading._shutdown (which
    # the interpreter calls at exit) is wrapped instead.
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()


def _install_exit_hook():
    import threading
    orig = threading._shutdown
    if getattr(orig, '_mp_wrapped', False):
        return

    def _shutdown():
        orig()
        if _current_process is _main_process:
            _exit_function()
    _shutdown._mp_wrapped = True
    threading._shutdown = _shutdown


_main_process = _current_process
_install_exit_hook()
