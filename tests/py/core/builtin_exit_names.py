print(callable(abs), abs.__name__, len.__name__, print.__name__)
print(type(exit).__name__ != "", type(quit).__name__ != "")
print(sum.__name__, max.__name__, sorted.__name__, isinstance.__name__)
