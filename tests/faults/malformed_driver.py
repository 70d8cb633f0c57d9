#!/usr/bin/env python3
"""Malformed source files and memory limits, run as gilpy children.

Each malformed file must end in SyntaxError (or a subclass, or
RecursionError/MemoryError for the deepest nesting) with exit status 1 and
no signal or sanitizer report; a ulimit -v run (skipped under sanitizers,
which need terabytes of address space) must turn allocation failure into
MemoryError and keep going.

usage: malformed_driver.py GILPY [--no-ulimit]
"""
import os, resource, subprocess, sys, tempfile

CASES = {
    "invalid_utf8": b"x = '\xff\xfe'\n",
    "nul_byte": b"x = 1\x00\ny = 2\n",
    "nul_in_string": b"s = 'a\x00b'\n",
    "parens_10000": b"x = " + b"(" * 10000 + b"1" + b")" * 10000 + b"\n",
    "brackets_100000": b"x = " + b"[" * 100000 + b"]" * 100000 + b"\n",
    "unclosed_100000": b"x = " + b"{" * 100000 + b"\n",
    "huge_int_literal": b"x = " + b"9" * 100000 + b"\n",
    "long_line_bad": b"x = " + b"1 + " * 1000000 + b"\n",
    "bad_indent": b"if 1:\n  x = 1\n    y = 2\n",
    "bad_coding": b"# -*- coding: no-such-codec -*-\nx = 1\n",
    "truncated_utf8": b"x = '\xe2\x82'\n",
    "deep_indent": b"".join(b" " * i + b"if 1:\n" for i in range(200)) + b" " * 200 + b"pass\n",
}
OK_TYPES = ("SyntaxError", "IndentationError", "TabError", "RecursionError", "MemoryError",
            "ValueError", "UnicodeEncodeError")
VALID = {  # must run to completion
    "long_line_ok": b"x = '" + b"a" * 5000000 + b"'\nprint(len(x))\n",
    "many_lines": b"x = 0\n" + b"x += 1\n" * 200000 + b"print(x)\n",
}


def run(gilpy, path, preexec=None):
    p = subprocess.run([gilpy, path], capture_output=True, timeout=300, preexec_fn=preexec)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def bad(err):
    return "Sanitizer" in err or "runtime error:" in err or "Fatal" in err


def main():
    gilpy = sys.argv[1]
    fails = []
    with tempfile.TemporaryDirectory() as d:
        for name, src in list(CASES.items()) + list(VALID.items()):
            path = os.path.join(d, name + ".py")
            with open(path, "wb") as f:
                f.write(src)
            rc, out, err = run(gilpy, path)
            last = err.strip().splitlines()[-1] if err.strip() else ""
            if name in VALID:
                ok = rc == 0 and not bad(err)
            else:
                ok = rc == 1 and not bad(err) and last.split(":")[0] in OK_TYPES
            print("%-22s rc=%d %s" % (name, rc, last[:100] if last else out.strip()[:60]))
            if not ok:
                fails.append(name)
        if "--no-ulimit" not in sys.argv:
            path = os.path.join(d, "ulimit.py")
            with open(path, "w") as f:
                f.write("n = 0\nfor size in (10**6, 10**7, 10**8, 10**9, 4 * 10**9):\n"
                        "    try:\n        b = bytearray(size)\n        s = 'x' * size\n        l = [0] * size\n"
                        "        del b, s, l\n    except MemoryError:\n        n += 1\n"
                        "print('memoryerrors', n)\nprint(sum(range(1000)))\n")
            lim = 1 << 30

            def limit():
                resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
            rc, out, err = run(gilpy, path, limit)
            print("%-22s rc=%d %s %s" % ("ulimit_v_1G", rc, out.split(), err[-200:]))
            if rc != 0 or "499500" not in out or "memoryerrors 0" in out:
                fails.append("ulimit_v")
    print("%d failed: %s" % (len(fails), " ".join(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
