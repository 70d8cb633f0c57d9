__all__ = ["mean", "median"]


def mean(values):
    return sum(values) / len(values)


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def helper():
    return "not exported by *"


_private = "also not exported"
