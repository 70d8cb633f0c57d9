# An exception raised while importing a module: the traceback goes from
# the import statement into the module's own code (no import machinery
# frames), and the program exits with status 1.
import sys

print("importing a module that fails")
sys.stdout.flush()


def load():
    import pkg_imp.broken
    return pkg_imp.broken


load()
