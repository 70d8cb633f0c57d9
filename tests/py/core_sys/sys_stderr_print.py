import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("more stdout")
sys.stderr.write("written to stderr\n")
print("a", "b", sep="-", file=sys.stderr)
