"""Second portion, found through a directory added to sys.path."""
from pkg_ns import first

NAME = "second after " + first.NAME
