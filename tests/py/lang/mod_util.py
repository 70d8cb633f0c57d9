"""Helper module for the import tests."""
GREETING = "hello from mod_util"
_private = "underscore"
__all__ = ["GREETING", "double", "Counter"]
loads = 0
loads += 1
print("mod_util executing")

def double(x):
    return x * 2

def helper():
    return "helper"

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
