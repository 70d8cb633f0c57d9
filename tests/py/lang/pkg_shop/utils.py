"""Small helpers: money formatting, chunking, CSV-ish parsing, a decorator."""
import functools
import itertools

CALL_LOG = []


def money(cents):
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€{euros:,}.{rest:02d}"


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def parse_rows(text, types):
    header, *lines = [ln for ln in text.strip().splitlines() if not ln.startswith("#")]
    names = [h.strip() for h in header.split(",")]
    for lineno, line in enumerate(lines, start=2):
        values = [v.strip() for v in line.split(",")]
        if len(values) != len(names):
            raise ValueError(f"line {lineno}: expected {len(names)} fields, got {len(values)}")
        yield {n: types.get(n, str)(v) for n, v in zip(names, values)}


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALL_LOG.append(func.__qualname__)
        return func(*args, **kwargs)
    return wrapper
