"""Counts its own executions in a module that survives reloads."""
from . import core

core.LOADS.append("counter")
RUNS = core.LOADS.count("counter")
