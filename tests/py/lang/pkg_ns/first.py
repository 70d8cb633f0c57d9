"""First portion of the namespace package pkg_ns."""
NAME = "first"
