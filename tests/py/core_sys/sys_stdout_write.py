import sys
n = sys.stdout.write("hello\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
print(sys.stdout.write(""), sys.stdout.write("é中\n"))
sys.stdout.flush()
print("done")
