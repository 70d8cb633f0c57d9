"""Import machinery objects: ModuleSpec, the description of a module that
the import system stores as module.__spec__."""


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and self.cached == other.cached and
                self.submodule_search_locations == other.submodule_search_locations and
                self.has_location == other.has_location)


class SourceFileLoader:
    """The loader of a module read from a .py file (module.__loader__)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_source(self, name=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, name=None):
        return self.path.rpartition('/')[2] == '__init__.py'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)


class NamespaceLoader:
    """The loader of a namespace package: there is no code to run."""

    def __init__(self, name, path):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''


def _spec_for_file(name, origin, package_dir):
    """Called by the import system for each module it loads from source."""
    loader = SourceFileLoader(name, origin) if origin.endswith('.py') else None
    spec = ModuleSpec(name, loader, origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    spec._set_fileattr = not origin.startswith('<')
    return spec


def _spec_for_namespace(name, path):
    """The spec of a namespace package: no origin, its __path__ as locations."""
    spec = ModuleSpec(name, NamespaceLoader(name, path), origin=None, is_package=True)
    spec.submodule_search_locations = path
    return spec
