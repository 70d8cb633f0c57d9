def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError("x"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit(), KeyboardInterrupt(), GeneratorExit()]:
    print(type(exc).__name__, classify(exc))
handlers = (TypeError, ValueError)
try:
    int("q")
except handlers as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
