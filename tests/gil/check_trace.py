#!/usr/bin/env python3
"""Checks a libgil trace: valid JSON in Chrome Trace Event Format, with
thread names, non-overlapping holding/waiting slices per thread, holds that
never overlap across threads, drop-request instants and the waiting
counter.  Usage: check_trace.py FILE [FILE...]"""
import json
import sys


def check(path):
    with open(path) as f:
        doc = json.load(f)
    evs = doc["traceEvents"]
    names = {e["tid"]: e["args"]["name"] for e in evs
             if e["ph"] == "M" and e["name"] == "thread_name"}
    assert 0 in names and names[0] == "GIL holder", names
    assert len(names) >= 3, names
    slices = [e for e in evs if e["ph"] == "X"]
    assert any(e["name"] == "holding" for e in slices), "no holding slice"
    assert any(e["name"] == "waiting" for e in slices), "no waiting slice"
    assert any(e["ph"] == "C" and e["name"] == "waiting threads" for e in evs)
    if doc["otherData"]["policy"] != "legacy":  # legacy makes no requests
        assert any(e["ph"] == "i" and e["name"] == "drop request"
                   for e in evs), "no drop request"
    assert any(e["ph"] == "i" and e["name"] == "thread start" for e in evs)
    eps = 0.002  # the µs values are printed with 3 decimals
    for e in evs:
        if "ts" in e:
            assert e["ts"] >= 0, e
        if e["ph"] == "X":
            assert e["dur"] >= -eps, e
    # Per thread: its slices follow one another without overlapping.
    by_tid = {}
    for e in slices:
        by_tid.setdefault(e["tid"], []).append(e)
    for tid, row in by_tid.items():
        assert tid in names, "slice on an unnamed row %r" % tid
        row.sort(key=lambda e: e["ts"])
        for a, b in zip(row, row[1:]):
            assert a["ts"] + a["dur"] <= b["ts"] + eps, (a, b)
    # Holding slices of different threads never overlap (one holder).
    holds = sorted((e for e in slices if e["name"] == "holding"),
                   key=lambda e: e["ts"])
    for a, b in zip(holds, holds[1:]):
        assert a["ts"] + a["dur"] <= b["ts"] + eps, (a, b)
    print("%s: %d events, %d threads, %d holds: ok"
          % (path, len(evs), len(names) - 1, len(holds)))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        check(p)
