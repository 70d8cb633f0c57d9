class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid <" + ", ".join(map(str, self.args)) + ">"
for exc in [NotFound("k1"), Invalid(1, 2), AppError("plain"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
