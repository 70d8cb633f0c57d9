from . import left

NAME = "right"
print("right: left has NAME:", hasattr(left, "NAME"))


def partner():
    return left.NAME
