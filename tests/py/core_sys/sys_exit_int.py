import sys
print("before exit")
sys.exit(4)
print("not reached")
