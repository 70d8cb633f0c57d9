#!/usr/bin/env python3
"""check_ast.py — compare gilpy's parser with CPython's.

  check_ast.py --tool build/gp_astdump [--attrs] PATH...   AST of every .py file
  check_ast.py --tool ... --errors DIR                      syntax errors
  check_ast.py --tool ... --stdlib                          a selection of python3's stdlib
  check_ast.py --tool ... --fuzz DIR                        truncated/mangled inputs never crash

AST mode compares `gp_astdump FILE` with ast.dump(ast.parse(source)) (and with
--attrs also the locations). Error mode compares type, message, line and
offset with compile()'s SyntaxError.
Ends with a line "N passed, N failed".
"""
import argparse
import ast
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
import warnings

STDLIB = [
    "threading.py", "queue.py", "json/__init__.py", "json/decoder.py", "json/encoder.py",
    "json/scanner.py", "json/tool.py", "collections/__init__.py", "functools.py", "argparse.py",
    "ast.py", "base64.py", "bisect.py", "calendar.py", "contextlib.py", "copy.py", "csv.py",
    "dataclasses.py", "datetime.py", "decimal.py", "difflib.py", "enum.py", "fractions.py",
    "glob.py", "heapq.py", "inspect.py", "io.py", "keyword.py", "logging/__init__.py",
    "operator.py", "os.py", "pathlib.py", "pickle.py", "pprint.py", "random.py", "re/__init__.py",
    "re/_parser.py", "re/_compiler.py", "shlex.py", "shutil.py", "socket.py", "statistics.py",
    "string.py", "subprocess.py", "tempfile.py", "textwrap.py", "tokenize.py", "traceback.py",
    "typing.py", "types.py", "unittest/case.py", "unittest/mock.py", "uuid.py", "warnings.py",
    "weakref.py", "zipfile.py", "asyncio/base_events.py", "asyncio/tasks.py",
    "asyncio/taskgroups.py", "concurrent/futures/_base.py", "email/message.py",
    "http/client.py", "urllib/parse.py", "xml/etree/ElementTree.py", "_pydecimal.py",
    "_pyio.py", "configparser.py", "gettext.py", "locale.py", "ipaddress.py", "optparse.py",
    "pydoc.py", "selectors.py", "sre_compile.py", "tarfile.py", "turtle.py", "test/test_grammar.py",
    "test/test_fstring.py", "test/test_syntax.py", "lib2to3/pgen2/tokenize.py",
]


def run_tool(tool, path, *opts):
    try:
        r = subprocess.run([tool, *opts, path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT"
    out = r.stdout.decode("utf-8", "replace").rstrip("\n")
    if r.returncode not in (0, 1):
        return None, "CRASH rc=%d %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-2000:])
    return r.returncode, out


def format_error(e):
    return "%s: %s (line %s, offset %s)" % (type(e).__name__, e.msg if hasattr(e, "msg") else e,
                                            e.lineno or 0, e.offset or 0)


def expected_ast(src, attrs):
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError) as e:
        if isinstance(e, ValueError):
            return "skip", None
        return "error", format_error(e)
    except RecursionError:
        return "skip", None
    return "ok", ast.dump(tree, include_attributes=attrs)


def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return "  at char %d:\n    want: ...%s\n    got:  ...%s" % (i, a[max(0, i - 60):i + 80],
                                                              b[max(0, i - 60):i + 80])


def check_asts(tool, files, attrs, verbose):
    passed = failed = skipped = 0
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        kind, want = expected_ast(src, attrs)
        if kind == "skip":
            skipped += 1
            continue
        rc, got = run_tool(tool, path, *(["--attrs"] if attrs else []))
        if rc is None:
            failed += 1
            print("FAIL %s: %s" % (path, got))
            continue
        if kind == "error":
            ok = got.split(" (line")[0] == want.split(" (line")[0]
        elif rc == 1:
            # Errors CPython's compiler reports (duplicate argument) may come
            # from gilpy's parser already.
            try:
                compile(src, path, "exec")
                ok = False
            except SyntaxError as e:
                ok = got == format_error(e)
        else:
            ok = got == want
        if ok:
            passed += 1
            if verbose:
                print("ok   %s" % path)
        else:
            failed += 1
            print("FAIL %s" % path)
            if kind == "error" or rc == 1:
                print("    want: %s\n    got:  %s" % (want if kind == "error" else "(ok)", got[:300]))
            else:
                print(first_diff(want, got))
    if skipped:
        print("(%d skipped: match statements or not parseable)" % skipped)
    return passed, failed


def check_errors(tool, files, verbose):
    passed = failed = 0
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        try:
            compile(src, path, "exec")
            want = "OK"
        except (SyntaxError, ValueError) as e:
            want = format_error(e) if isinstance(e, SyntaxError) else "ValueError"
        parser_level = True
        try:
            ast.parse(src)
            parser_level = False
        except Exception:
            pass
        # A file may state gilpy's intended error where it differs on purpose.
        for line in src.splitlines():
            if line.startswith(b"# gilpy-expect: "):
                want = line[16:].decode().strip()
                parser_level = True
        want = want.replace("source code string cannot", "source code cannot")
        rc, got = run_tool(tool, path)
        if rc is None:
            failed += 1
            print("FAIL %s: %s" % (path, got))
            continue
        if rc == 0:
            got = "OK"
        if got == want or (not parser_level and rc == 0):
            passed += 1
            if verbose:
                print("ok   %s: %s" % (path, got))
        else:
            failed += 1
            print("FAIL %s\n    want: %s\n    got:  %s" % (path, want, got))
    return passed, failed


def check_fuzz(tool, files, verbose, per_file=12):
    """Truncations, byte flips and junk: the tool must never crash."""
    rnd = random.Random(1234)
    passed = failed = 0
    mism = 0
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "fuzz.py")
        for path in files:
            with open(path, "rb") as f:
                src = f.read()
            variants = []
            for _ in range(per_file):
                cut = rnd.randint(0, len(src))
                variants.append(src[:cut])
            for _ in range(per_file // 2):
                b = bytearray(src)
                if b:
                    for _ in range(3):
                        b[rnd.randrange(len(b))] = rnd.choice(b"()[]{}:'\"\\\n\t #=*\xff\xc3\x00")
                variants.append(bytes(b))
            for v in variants:
                with open(target, "wb") as f:
                    f.write(v)
                rc, got = run_tool(tool, target)
                if rc is None:
                    failed += 1
                    print("CRASH on a variant of %s: %s" % (path, got))
                    keep = os.path.join(tempfile.gettempdir(), "gp_fuzz_crash_%d_%d.py" % (os.getpid(), failed))
                    with open(keep, "wb") as f:
                        f.write(v)
                    print("    (input kept in %s)" % keep)
                    continue
                passed += 1
                try:
                    ast.parse(v)
                    py_ok = True
                except Exception:
                    py_ok = False
                if py_ok != (rc == 0):
                    mism += 1
                    if verbose:
                        print("disagree (python %s, gilpy %s) on a variant of %s: %s" %
                              ("ok" if py_ok else "error", "ok" if rc == 0 else "error", path, got[:200]))
    for junk in [b"(" * 10000, b"[" * 300 + b"]" * 300, b"-" * 100000 + b"1", b"not " * 50000 + b"x",
                 b"1+" * 100000 + b"1", b"x if y else " * 20000 + b"z", b"lambda: " * 20000 + b"1",
                 b"f(" * 150 + b")" * 150, b"\xff\xfe", b"\xc3", b"'\\N{", b"f'{", b"f'{x!", b"f'{{}",
                 b"if 1:\n" + b"".join(b" " * i + b"if 1:\n" for i in range(1, 150)),
                 b"a." * 50000 + b"b", b"a" + b"()" * 30000, b"if x: pass\n" + b"elif x: pass\n" * 20000, b"x = " + b"[" * 150 + b"]" * 150,
                 b"f'" + b"{" * 50 + b"'", b"await " * 30000 + b"x", b"*" * 1000,
                 b"x = " + b"2**" * 100000 + b"2", b"x = " + b"(" * 199 + b"1+" * 5000 + b"1" + b")" * 199,
                 b"x = " + b"-" * 990 + b"1", b"x = " + b"lambda: " * 990 + b"1",
                 b"x = " + b"a if b else " * 990 + b"c", b"x = a" + b"[0]" * 990,
                 b"x = " + b"2**" * 990 + b"2", b"x = " + b"not " * 990 + b"x"]:
        with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
            f.write(junk)
        rc, got = run_tool(tool, f.name)
        os.unlink(f.name)
        if rc is None:
            failed += 1
            print("CRASH on junk %r...: %s" % (junk[:30], got))
        else:
            passed += 1
    print("(%d variants where python and gilpy disagree on validity)" % mism)
    return passed, failed


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith(".py"):
                        out.append(os.path.join(root, n))
        else:
            out.append(p)
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True)
    ap.add_argument("--attrs", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--stdlib", action="store_true")
    ap.add_argument("--fuzz", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    sys.setrecursionlimit(100000)
    warnings.simplefilter("ignore")
    files = collect(a.paths)
    if a.stdlib:
        lib = sysconfig.get_paths()["stdlib"]
        files += [os.path.join(lib, f) for f in STDLIB if os.path.exists(os.path.join(lib, f))]
    if a.errors:
        p, f = check_errors(a.tool, files, a.verbose)
    elif a.fuzz:
        p, f = check_fuzz(a.tool, files, a.verbose)
    else:
        p, f = check_asts(a.tool, files, a.attrs, a.verbose)
    print("%d passed, %d failed" % (p, f))
    return 1 if f else 0


if __name__ == "__main__":
    sys.exit(main())
