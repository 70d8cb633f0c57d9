# An uncaught exception raised through a decorator's wrapper and a
# generator: the traceback lists every frame, chained causes first.
import functools


def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return func(*args)
                except KeyError as e:
                    print(f"attempt {attempt + 1} failed: {e!r}")
                    last = e
            raise RuntimeError(f"{func.__name__} failed {times} times") from last
        return wrapper
    return deco


def records():
    yield {"id": 1}
    yield {"name": "no id"}


@retry(2)
def first_ids():
    return [r["id"] for r in records()]


print("starting")
first_ids()
print("not reached")
