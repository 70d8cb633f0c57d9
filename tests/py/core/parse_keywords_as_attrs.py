d = {"if": 1, "class": 2, "None": 3}
print(d["if"], d["class"], d["None"])
print("True", "def".upper(), "lambda".split("m"))
print(None, True, False)
_ = 5
__ = _ * 2
print(_, __)
print(__name__)
