#!/usr/bin/env python3
"""Regenerates expected files (.out/.err/.exit) with CPython 3.11.

Usage: regen.py [--python python3] [FILE_OR_DIR...]   (default: every area)
Same as `runner.py --update`; check the diff with git before committing.
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
paths = [a for a in args if not a.startswith("-") and not (args.index(a) > 0 and args[args.index(a) - 1] == "--python")]
if not paths:
    args += [os.path.join(here, d) for d in sorted(os.listdir(here))
             if os.path.isdir(os.path.join(here, d)) and not d.startswith((".", "_"))]
sys.exit(subprocess.call([sys.executable, os.path.join(here, "runner.py"), "--update", "-j2"] + args))
