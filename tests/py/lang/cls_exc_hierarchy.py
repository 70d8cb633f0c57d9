# User exception hierarchies: args, __str__, attributes, except ordering.

class AppError(Exception):
    """Base class for this application's errors."""

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"bad config {self.key!r}: {self.reason}"

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError, TimeoutError):
    pass

def fail(kind):
    if kind == "config":
        raise ConfigError("port", "not a number")
    if kind == "net":
        raise NetworkError("host unreachable", 113)
    if kind == "timeout":
        raise TimeoutError_("slow")
    if kind == "plain":
        raise AppError
    raise LookupError(kind)

for kind in ("config", "net", "timeout", "plain", "other"):
    try:
        fail(kind)
    except ConfigError as e:
        print("config:", e, e.args, e.key)
    except TimeoutError as e:
        print("timeout:", e, type(e).__mro__[1].__name__, isinstance(e, OSError))
    except AppError as e:
        print(type(e).__name__ + ":", repr(str(e)), e.args, repr(e))
    except Exception as e:
        print("other:", repr(e))

# args and str() for various argument counts.
print(repr(AppError()), str(AppError()), AppError().args)
print(str(AppError("one")), str(AppError("one", 2)), repr(AppError("one", 2)))
e = AppError("x")
e.args = ("changed", 1)
print(e, e.args)

# Exceptions with keyword-only attributes and a custom __repr__.
class HTTPError(AppError):
    def __init__(self, status, *, url):
        super().__init__(f"HTTP {status}")
        self.status, self.url = status, url

    def __repr__(self):
        return f"HTTPError({self.status}, url={self.url!r})"

try:
    raise HTTPError(404, url="/x")
except AppError as err:
    print(err, repr(err), err.status, err.url)

# Catching with a tuple and the docstring of the class.
try:
    raise NetworkError("down")
except (ConfigError, NetworkError) as err:
    print("tuple caught", type(err).__name__)
print(AppError.__doc__)
print([c.__name__ for c in TimeoutError_.__mro__])

# Not deriving from BaseException.
class NotAnError:
    pass

try:
    raise NotAnError()
except TypeError as err:
    print("TypeError:", err)

try:
    try:
        raise ValueError("v")
    except NotAnError:
        pass
except TypeError as err:
    print("TypeError:", err)

# BaseException subclasses are not caught by `except Exception`.
class Stop(BaseException):
    pass

try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrong handler")
except BaseException as err:
    print("BaseException handler:", type(err).__name__, err)
