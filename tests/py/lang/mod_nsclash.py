"""A module beside a directory of the same name without __init__.py."""
KIND = "module"
