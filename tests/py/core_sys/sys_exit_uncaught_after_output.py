import sys
for i in range(3):
    print(i)
sys.stdout.write("partial")
sys.exit(2)
