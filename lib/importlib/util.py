"""importlib.util: find_spec, resolve_name, spec_from_file_location and
module_from_spec."""
import os
import sys

from importlib import _resolve_name
from importlib.machinery import ModuleSpec, _spec_for_file, _spec_for_namespace


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative module names)'.format(name))
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def _find_on_path(fullname, path):
    short = fullname.rpartition('.')[2]
    portions = []
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = os.path.join(entry, short) if entry else short
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return _spec_for_file(fullname, init, base)
        for ext in ('.gilpy.so', '.so', '.py'):
            if os.path.isfile(base + ext):
                return _spec_for_file(fullname, base + ext, None)
        if os.path.isdir(base):
            portions.append(base)
    if portions and fullname not in sys._gilpy_lib_modules:
        return _spec_for_namespace(fullname, portions)
    return None


def find_spec(name, package=None):
    """The spec of a module, without importing it (its parent package is
    imported); None when no module of that name can be found."""
    fullname = resolve_name(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(fullname)) from None
        if spec is None and fullname in sys._gilpy_lib_modules:
            spec = _lib_spec(fullname)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(fullname))
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                '__path__ attribute not found on {!r} while trying to find {!r}'.format(parent_name, fullname),
                name=fullname) from e
    else:
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, None, origin='built-in')
        path = sys.path
    spec = _find_on_path(fullname, path)
    if spec is None and fullname in sys._gilpy_lib_modules:
        spec = _lib_spec(fullname)
    return spec


def _lib_spec(fullname):
    # a module of gilpy's lib/, embedded in the binary: no file behind it
    origin = '<gilpy-lib {}>'.format(fullname)
    is_package = sys._gilpy_lib_source(fullname)[1]
    return _spec_for_file(fullname, origin, '<gilpy-lib>' if is_package else None)


def spec_from_file_location(name, location, *, loader=None, submodule_search_locations=None):
    """A spec for the source file at location (nothing is imported)."""
    location = os.fspath(location)
    package_dir = None
    if submodule_search_locations is not None or location.endswith('__init__.py'):
        package_dir = os.path.dirname(location)
    spec = _spec_for_file(name, location, package_dir)
    if loader is not None:
        spec.loader = loader
    if submodule_search_locations:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module object set up from spec; spec.loader.exec_module(m)
    then runs its code."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module
