"""runpy: run a module or a script path as __main__ (what `gilpy -m NAME`
uses), finding modules on sys.path and among the lib/ modules built into
gilpy."""
import os
import sys
import importlib.util

__all__ = ['run_module', 'run_path']


class _Error(Exception):
    """A module cannot be found or run; `-m` reports it without traceback."""


def _get_code(spec):
    origin = spec.origin
    if origin is None:
        raise _Error('No code object available for {}'.format(spec.name))
    if origin.startswith('<gilpy-lib '):
        found = sys._gilpy_lib_source(spec.name)
        if found is None:
            raise _Error('No code object available for {}'.format(spec.name))
        source = found[0]
    elif origin.endswith('.py'):
        with open(origin, encoding='utf-8') as f:
            source = f.read()
    else:
        raise _Error('No code object available for {}'.format(spec.name))
    return compile(source, origin, 'exec')


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            # a missing parent package is reported, others propagate
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += ". Try using '{}' instead of '{}' as the module name.".format(mod_name[:-3], mod_name)
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            pkg_main_name = mod_name + '.__main__'
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(('%s; %r is a package and cannot be directly executed') % (e, mod_name))
    try:
        code = _get_code(spec)
    except _Error as e:
        raise error(str(e))
    return mod_name, spec, code


def _run_code(code, run_globals, init_globals, mod_name, spec, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    fname = script_name if spec is None else spec.origin
    pkg_name = None if spec is None else spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=None,
                       __doc__=None, __loader__=None, __package__=pkg_name,
                       __spec__=spec)
    exec(code, run_globals)
    return run_globals


def _run_module_as_main(mod_name, alter_argv=True):
    """`gilpy -m mod_name`: the module runs in __main__'s namespace."""
    try:
        mod_name, spec, code = _get_module_details(mod_name, _Error)
    except _Error as e:
        sys.exit('%s: %s' % (sys.executable, e))
    main_globals = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return _run_code(code, main_globals, None, '__main__', spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns its globals."""
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec)
    return _run_in_temp_module(code, init_globals, run_name, spec, spec.origin)


def _run_in_temp_module(code, init_globals, run_name, spec, argv0):
    # sys.argv[0] and sys.modules[run_name] point at the code while it runs
    saved_argv0 = sys.argv[0] if sys.argv else None
    saved_mod = sys.modules.get(run_name)
    temp = type(sys)(run_name)
    sys.modules[run_name] = temp
    if sys.argv:
        sys.argv[0] = argv0
    try:
        _run_code(code, temp.__dict__, init_globals, run_name, spec, argv0)
        return temp.__dict__.copy()
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if saved_mod is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_mod


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script at path_name (a .py file, or a directory holding
    __main__.py); returns its globals."""
    if run_name is None:
        run_name = '<run_path>'
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            return run_path(main, init_globals, run_name)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(path_name, encoding='utf-8') as f:
        code = compile(f.read(), path_name, 'exec')
    return _run_in_temp_module(code, init_globals, run_name, None, path_name)
