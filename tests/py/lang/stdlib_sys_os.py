import sys
import os
print(sys.argv[0], __name__, __file__.endswith("stdlib_sys_os.py"))
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.splitext("f.tar.gz"))
print(os.path.exists("stdlib_sys_os.py"), os.path.isdir("."), os.path.isfile("."), os.sep)
print(type(os.getcwd()).__name__, type(os.environ).__name__ != "", os.environ.get("GILPY_SURELY_UNSET_VAR", "unset"))
print(isinstance(sys.path, list), sys.stdin is not None, callable(sys.exit))
