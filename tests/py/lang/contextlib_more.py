from contextlib import closing, nullcontext, contextmanager
class Thing:
    def close(self):
        print("closed thing")
with closing(Thing()) as t:
    print("using thing")
with nullcontext(5) as v:
    print("null context value", v)
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append("rollback " + type(e).__name__)
        raise
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise KeyError("x")
except KeyError:
    log.append("handled")
print(log)
