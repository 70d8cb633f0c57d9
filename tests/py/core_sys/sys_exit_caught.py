import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, type(e).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("continuing")
