"""Core definitions of pkg_imp."""
VERSION = "1.2.0"
LOADS = []
LOADS.append(__name__)


def greet(name):
    return f"hello, {name} (v{VERSION})"


def _hidden():
    return "hidden"


if __name__ == "__main__":
    print("pkg_imp.core run as a script")
