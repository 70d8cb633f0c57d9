#!/usr/bin/env python3
"""Checks that docs/gil.md shows examples/embed.c verbatim (the first ```c
block after the line 'EMBED EXAMPLE'), so the documented example is the one
the tests compile and run.  Usage: check_doc_example.py DOC EMBED_C"""
import sys

doc, src = open(sys.argv[1]).read(), open(sys.argv[2]).read()
start = doc.index("EMBED EXAMPLE")
block = doc.index("```c\n", start) + len("```c\n")
end = doc.index("```", block)
if doc[block:end] != src:
    sys.exit("docs/gil.md's embedding example differs from examples/embed.c")
print("docs/gil.md shows examples/embed.c verbatim")
