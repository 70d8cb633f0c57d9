import sys
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.modules).__name__)
print(__name__)
