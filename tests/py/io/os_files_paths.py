# os file functions (open/read/write/lseek/close/stat/rename/remove/listdir/
# makedirs/walk/scandir-free) and os.path.
import os
import os.path

base = "_tmp_os_files_paths"
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
p = os.path.join(base, "f.bin")

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)

st = os.stat(p)
print(st.st_size, os.path.getsize(p), oct(st.st_mode & 0o777))
print(os.path.isfile(p), os.path.isdir(p), os.path.isdir(base), os.path.exists(p + "x"))
q = os.path.join(base, "sub", "g.bin")
os.rename(p, q)
print(os.path.exists(p), os.path.exists(q))
with open(os.path.join(base, "sub", "deep", "t.txt"), "w") as f:
    f.write("x")
for top, dirs, files in os.walk(base):
    print(top, sorted(dirs), sorted(files))
print(sorted(os.listdir(os.path.join(base, "sub"))))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno)

print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.split("/x/y/z.txt"))
print(os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"), os.path.splitext("a/b.tar.gz"))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.sep, os.pathsep, os.linesep == "\n")

r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

os.remove(q)
os.remove(os.path.join(base, "sub", "deep", "t.txt"))
os.removedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(base))
