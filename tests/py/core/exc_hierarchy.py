checks = [
    (IndexError, LookupError), (KeyError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ValueError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (StopIteration, Exception), (RecursionError, RuntimeError), (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError), (UnicodeDecodeError, ValueError), (AssertionError, Exception),
    (TypeError, ValueError), (FileNotFoundError, OSError), (AttributeError, Exception), (bool, int),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(isinstance(ValueError("x"), Exception), isinstance(ValueError("x"), BaseException), isinstance(ValueError, type))
