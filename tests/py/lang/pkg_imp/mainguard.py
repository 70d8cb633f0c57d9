"""A module with a main guard."""
WHO = __name__

if __name__ == "__main__":
    print("mainguard: executed as __main__")
else:
    print("mainguard: imported as", __name__)
