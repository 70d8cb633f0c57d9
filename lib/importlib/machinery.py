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


def _spec_for_file(name, origin, package_dir):
    """Called by the import system for each module it loads from source."""
    spec = ModuleSpec(name, None, origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    spec._set_fileattr = not origin.startswith('<')
    return spec


def _spec_for_namespace(name, path):
    """The spec of a namespace package: no origin, its __path__ as locations."""
    spec = ModuleSpec(name, None, origin=None, is_package=True)
    spec.submodule_search_locations = path
    return spec
