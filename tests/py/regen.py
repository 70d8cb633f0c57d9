#!/usr/bin/env python3
"""Regenerates expected files (.out/.err/.exit) with CPython 3.11.

Usage: regen.py [--python python3] [FILE_OR_DIR...]   (default: every area)
Same as `runner.py --update`; check the diff with git before committing.
"""
import argparse
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("--python", default="python3")
ap.add_argument("paths", nargs="*")
ns = ap.parse_args()
paths = ns.paths or [os.path.join(here, d) for d in sorted(os.listdir(here))
                     if os.path.isdir(os.path.join(here, d))
                     and not d.startswith((".", "_"))]
sys.exit(subprocess.call([sys.executable, os.path.join(here, "runner.py"),
                          "--update", "-j2", "--python", ns.python] + paths))
