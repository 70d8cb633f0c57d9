"""The import machinery's public face (gilpy's importlib: import_module, reload)."""
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    file = getattr(module, '__file__', None)
    if file is None or file.startswith('<'):
        return module
    with open(file) as f:
        source = f.read()
    code = compile(source, file, 'exec')
    exec(code, module.__dict__)
    return module


def invalidate_caches():
    pass
