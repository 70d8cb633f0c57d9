from .. import VERSION
from .. import circle
def info():
    return "deep uses version " + VERSION
