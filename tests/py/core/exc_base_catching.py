for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit(), Exception("e")]:
    try:
        raise exc
    except Exception as e:
        print("Exception handler", type(e).__name__)
    except BaseException as e:
        print("BaseException handler", type(e).__name__, e.args)
try:
    raise SystemExit("not exiting")
except SystemExit as e:
    print("caught SystemExit", e.code)
print("still running")
