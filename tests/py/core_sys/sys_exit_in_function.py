import sys

def main():
    try:
        sys.exit(7)
    finally:
        print("finally runs on sys.exit")

main()
