import sys
print("about to fail")
sys.exit("error: something went wrong")
