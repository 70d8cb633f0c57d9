from . import right

NAME = "left"
print("left: right is partially initialised, has NAME:", hasattr(right, "NAME"))


def partner():
    return right.NAME
