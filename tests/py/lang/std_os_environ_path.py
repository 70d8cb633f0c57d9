# os: environ, getpid and os.path basics.
import os
import os.path

print(isinstance(os.getpid(), int), os.getpid() > 0)
print(os.sep, os.pathsep, os.curdir, os.pardir, repr(os.linesep))
print(os.name)

os.environ["GILPY_STD_TEST"] = "value-1"
print(os.environ["GILPY_STD_TEST"], os.environ.get("GILPY_STD_TEST"))
print(os.getenv("GILPY_STD_TEST"), os.getenv("GILPY_STD_MISSING", "dflt"))
print("GILPY_STD_TEST" in os.environ)
del os.environ["GILPY_STD_TEST"]
print("GILPY_STD_TEST" in os.environ, os.environ.get("GILPY_STD_TEST"))
try:
    os.environ["GILPY_STD_MISSING"]
except KeyError as e:
    print("KeyError", e)
os.environ.setdefault("GILPY_STD_DEF", "d")
print(os.environ["GILPY_STD_DEF"])
print(os.environ.pop("GILPY_STD_DEF"), "GILPY_STD_DEF" in os.environ)
print(isinstance(dict(os.environ), dict))

p = os.path
print(p.join("a", "b", "c.txt"), p.join("/root", "/abs", "x"), p.join("a/", "b"))
print(p.split("/usr/local/lib/file.tar.gz"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"))
print(p.basename("/a/b/c.py"), p.dirname("/a/b/c.py"), repr(p.basename("/a/b/")))
print(p.normpath("/a/./b/../c//d/"), p.normpath("x/../../y"), p.normpath(""))
print(p.isabs("/x"), p.isabs("x/y"))
print(p.abspath("/a/b/../c"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]))
print(p.relpath("/a/b/c/d", "/a/b"), p.relpath("/a/x", "/a/b/c"))
print(p.expanduser("~") != "~" or "HOME" not in os.environ)
print(p.exists(__file__), p.isfile(__file__), p.isdir(__file__))
print(p.isdir("."), p.exists("no_such_file_here.txt"))
here = os.getcwd()
print(p.isabs(here), p.exists(p.join(here, "std_os_environ_path.py")))
print("std_os_environ_path.py" in os.listdir("."))
print(p.getsize(__file__) > 100)

def with_suffix(path, suffix):
    root, _ = p.splitext(path)
    return root + suffix

for f in ["report.csv", "dir.v2/notes", "/tmp/x.y.z"]:
    print(f, "->", with_suffix(f, ".json"))
