import sys
try:
    int("bad")
except ValueError as e:
    print("error:", e, file=sys.stderr)
    sys.exit(1)
