# groups with causes, contexts and notes inside the boxes
def inner():
    try:
        raise OSError("disk")
    except OSError as e:
        raise RuntimeError("wrapped") from e

errors = []
try:
    inner()
except RuntimeError as e:
    errors.append(e)
note = ValueError("noted")
note.add_note("remember this")
errors.append(note)
try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("chained", errors)
