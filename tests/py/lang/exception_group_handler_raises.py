# an except* clause raises: the new group holds the new error and the rest
try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except* ValueError:
    raise TypeError(2)
