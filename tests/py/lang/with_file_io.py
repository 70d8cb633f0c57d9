import os
name = "with_file_io.tmp"
with open(name, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print(f.closed)
print(f.closed)
with open(name) as f:
    print(f.read())
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name, "a") as f:
    print("appended", file=f)
with open(name) as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(f.read(8))
os.remove(name)
print(os.path.exists(name))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
