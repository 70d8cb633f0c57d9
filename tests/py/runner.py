#!/usr/bin/env python3
"""Golden-output runner for gilpy's Python test programs.

Usage:
  runner.py --gilpy PATH [-j N] [--timeout S] FILE_OR_DIR...
      Run each test program with gilpy and compare with its expected files.
  runner.py --update [--python python3] FILE_OR_DIR...
      Regenerate the expected files by running the oracle (CPython 3.11).

A test is a file X.py.  Beside it:
  X.out   exact expected stdout (always present)
  X.exit  expected exit code, only when it is not 0 (negative: killed by
          that signal, as CPython does on an uncaught KeyboardInterrupt)
  X.err   expected stderr, only when the program writes to stderr or exits
          non-zero; compared after normalisation (see normalise_err):
          caret lines (only spaces, ^ and ~) are dropped, trailing blanks
          stripped, the test's directory removed from file names, and the
          count in "[Previous line repeated N more times]" ignored.
          Without X.err, stderr is not compared.
  A comment "# gilpy-args: OPTION..." in the first 5 lines gives options
  passed to gilpy (not to the oracle) before the file name, e.g.
  "# gilpy-args: -X gilpolicy=legacy".

Each program runs with cwd = its directory and argv[1] = its bare file name
(so tracebacks say File "X.py"), stdin from /dev/null, PYTHONHASHSEED=0 and
no other PYTHON* variable.

Directories are searched recursively for *.py; files whose name starts with
'_' or 'mod_' and anything under a directory whose name starts with '_' or
'pkg_' are helper modules, not tests.

The last line printed is always "N passed, N failed"; the exit status is 1
if any test failed.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import subprocess
import sys

CARET_RE = re.compile(r"^[ \t]*[\^~]+[ \t^~]*$")
# The count in CPython's "[Previous line repeated 996 more times]" depends on
# how deep the interpreter's own frames go; only the shape is compared.
REPEAT_RE = re.compile(r"^(\s*\[Previous line repeated )\d+( more times?\])$")


TOOLS = ("runner.py", "regen.py")


def is_helper(path):
    parts = os.path.normpath(path).split(os.sep)
    name = parts[-1]
    if name in TOOLS or name.startswith("_") or name.startswith("mod_"):
        return True
    for d in parts[:-1]:
        if d.startswith("pkg_") or (d.startswith("_") and d not in ("..", ".")):
            return True
    return False


def collect(args):
    tests = []
    for a in args:
        if os.path.isdir(a):
            for root, dirs, files in os.walk(a):
                dirs[:] = sorted(d for d in dirs
                                 if not d.startswith(("_", "pkg_", ".")))
                for f in sorted(files):
                    p = os.path.join(root, f)
                    if f.endswith(".py") and not is_helper(p):
                        tests.append(p)
        elif os.path.isfile(a):
            tests.append(a)
        else:
            print("runner: no such file or directory: %s" % a, file=sys.stderr)
            sys.exit(2)
    return tests


def known_failures(root):
    """Patterns (globs relative to tests/py) from known_failures.txt."""
    pats = []
    try:
        with open(os.path.join(root, "known_failures.txt")) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    pats.append(line)
    except FileNotFoundError:
        pass
    return pats


def is_known(test, root, pats):
    rel = os.path.relpath(os.path.abspath(test), root).replace(os.sep, "/")
    return any(fnmatch.fnmatchcase(rel, p) for p in pats)


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env.setdefault("LC_ALL", "C.UTF-8")
    return env


def gilpy_args(test):
    """Options for gilpy alone from a "# gilpy-args: -X gilpolicy=legacy"
    comment among the first 5 lines (python3 ignores the comment)."""
    try:
        with open(test, encoding="utf-8", errors="replace") as f:
            for _, line in zip(range(5), f):
                if line.startswith("# gilpy-args:"):
                    return line[len("# gilpy-args:"):].split()
    except OSError:
        pass
    return []


def run_one(exe, test, timeout, extra=()):
    """Returns (stdout bytes, stderr bytes, exit code or None on timeout)."""
    d = os.path.dirname(os.path.abspath(test))
    name = os.path.basename(test)
    cmd = exe + list(extra) + [name]
    try:
        p = subprocess.run(cmd, cwd=d, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=child_env(), timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None
    except OSError as e:
        return b"", str(e).encode(), -999
    return p.stdout, p.stderr, p.returncode


def strip_dir(data, test):
    """Makes File "/abs/dir/X.py" read File "X.py" (CPython 3.11 reports the
    script by its absolute path)."""
    d = os.path.dirname(os.path.abspath(test)).encode() + b"/"
    return data.replace(d, b"")


def normalise_err(data):
    text = data.decode("utf-8", "replace")
    lines = []
    for line in text.splitlines():
        if CARET_RE.match(line):
            continue
        line = REPEAT_RE.sub(r"\1N\2", line.rstrip())
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def expected_paths(test):
    base = test[:-3]
    return base + ".out", base + ".err", base + ".exit"


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def diff(label, expected, actual):
    d = difflib.unified_diff(expected, actual, "expected " + label,
                             "actual " + label, lineterm="", n=2)
    return list(d)


def check(exe, test, timeout):
    """Returns None if the test passed, else a list of report lines."""
    out_p, err_p, exit_p = expected_paths(test)
    exp_out = read(out_p)
    if exp_out is None:
        return ["no expected output %s (run with --update)" % out_p]
    exp_err = read(err_p)
    exp_exit = read(exit_p)
    exp_code = int(exp_exit.decode().strip()) if exp_exit is not None else 0

    out, err, code = run_one(exe, test, timeout, gilpy_args(test))
    report = []
    if code == -999:
        return ["cannot run %s: %s" % (exe[0], err.decode("utf-8", "replace"))]
    crashed = (code is None or (code < 0 and code != exp_code)
               or b"Sanitizer" in err or b"runtime error:" in err)
    if code is None:
        report.append("timed out after %s s" % timeout)
    elif code != exp_code:
        if code < 0:
            report.append("exit code %d (killed by signal %d), expected %d"
                          % (code, -code, exp_code))
        else:
            report.append("exit code %d, expected %d" % (code, exp_code))
    if out != exp_out:
        e = exp_out.decode("utf-8", "replace").splitlines()
        a = out.decode("utf-8", "replace").splitlines()
        lines = diff("stdout", e, a)
        if not lines:  # differs only in trailing newline / bytes
            lines = ["stdout differs in line endings or bytes: expected %r, got %r"
                     % (exp_out[-40:], out[-40:])]
        report.extend(lines)
    if crashed and err:
        # A crash or hang: the end of stderr (sanitizer report) matters more
        # than a diff, and comes first so that it survives truncation.
        tail = err.decode("utf-8", "replace").splitlines()[-12:]
        report[1:1] = ["stderr (last lines):"] + ["  " + l for l in tail]
    elif exp_err is not None:
        e = normalise_err(exp_err)
        a = normalise_err(strip_dir(err, test))
        if e != a:
            report.extend(diff("stderr", e, a))
    elif report and err:
        # Show what the program complained about when it failed anyway.
        report.append("stderr:")
        report.extend("  " + l for l in err.decode("utf-8", "replace").splitlines()[-8:])
    if crashed and not report:
        report = ["sanitizer report on stderr:"] + [
            "  " + l for l in err.decode("utf-8", "replace").splitlines()[-12:]]
    if report:
        return report
    return None


def update(exe, test, timeout):
    out_p, err_p, exit_p = expected_paths(test)
    out, err, code = run_one(exe, test, timeout)
    if code is None:
        return "timed out under the oracle"
    with open(out_p, "wb") as f:
        f.write(out)
    if code != 0:
        with open(exit_p, "w") as f:
            f.write("%d\n" % code)
    elif os.path.exists(exit_p):
        os.remove(exit_p)
    if err or code != 0:
        with open(err_p, "wb") as f:
            f.write(strip_dir(err, test))
    elif os.path.exists(err_p):
        os.remove(err_p)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gilpy", help="path of the gilpy binary to test")
    ap.add_argument("--update", action="store_true",
                    help="regenerate expected files with the oracle")
    ap.add_argument("--python", default="python3",
                    help="oracle used by --update (default python3)")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float,
                    default=float(os.environ.get("GILPY_TEST_TIMEOUT", 60)))
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print a line for passing tests too")
    ap.add_argument("--skip-known", action="store_true",
                    help="skip the tests listed in known_failures.txt")
    ap.add_argument("--known-only", action="store_true",
                    help="run only the tests listed in known_failures.txt "
                         "and name those that now pass")
    ap.add_argument("paths", nargs="+")
    ns = ap.parse_args()

    tests = collect(ns.paths)
    root = os.path.dirname(os.path.abspath(__file__))
    pats = known_failures(root)
    skipped = 0
    if ns.skip_known or ns.known_only:
        keep = [t for t in tests if is_known(t, root, pats) == ns.known_only]
        skipped = len(tests) - len(keep)
        tests = keep
    if ns.update:
        # -B: the oracle must not leave __pycache__ beside import tests.
        exe = [ns.python, "-B"]
        fn = update
    else:
        if not ns.gilpy:
            ap.error("--gilpy PATH is required (or --update)")
        exe = [os.path.abspath(ns.gilpy) if os.path.exists(ns.gilpy) else ns.gilpy]
        fn = check

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, ns.jobs)) as pool:
        results = pool.map(lambda t: (t, fn(exe, t, ns.timeout)), tests)
        for test, res in results:
            if res is None:
                passed += 1
                if ns.verbose or ns.known_only:
                    print("PASS %s" % test + ("  (listed in known_failures.txt: remove it)"
                                              if ns.known_only else ""))
            else:
                failed += 1
                if isinstance(res, str):
                    res = [res]
                print("FAIL %s" % test)
                for line in res[:20]:
                    print("    " + line)
                if len(res) > 20:
                    print("    ... (%d more lines)" % (len(res) - 20))
            sys.stdout.flush()
    if skipped:
        print("(%d tests not run: %s)" % (skipped, "not in known_failures.txt"
                                          if ns.known_only else "known failures"))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
