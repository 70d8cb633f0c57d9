"""Modules that import each other but only use names at call time."""
