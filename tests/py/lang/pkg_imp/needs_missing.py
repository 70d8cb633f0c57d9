"""A submodule whose own import fails: that error must not be hidden."""
import no_such_dependency_xyz  # noqa: F401
