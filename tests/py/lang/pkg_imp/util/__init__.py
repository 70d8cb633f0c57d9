"""Subpackage: re-exports the public names of its numbers module."""
from .numbers import *
from . import numbers

KIND = "util"
