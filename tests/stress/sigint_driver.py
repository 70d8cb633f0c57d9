#!/usr/bin/env python3
"""SIGINT during blocking calls: for each call (sleep, Lock.acquire,
Thread.join, socket.recv, Event.wait, Queue.get) start a gilpy child that
blocks in it, send SIGINT, and require KeyboardInterrupt in the main
thread within GILPY_SIGINT_LIMIT seconds (default 2), three times each.

usage: sigint_driver.py GILPY
"""
import os, signal, subprocess, sys, time

BLOCKERS = {
    "sleep": "time.sleep(1000)",
    "lock": "l = threading.Lock(); l.acquire(); l.acquire()",
    "join": "t = threading.Thread(target=time.sleep, args=(1000,), daemon=True); t.start(); t.join()",
    "recv": "a, b = socket.socketpair(); a.recv(10)",
    "event": "threading.Event().wait()",
    "queue": "queue.Queue().get()",
}
PROGRAM = """\
import sys, time, threading, socket, queue
print("ready", flush=True)
try:
    %s
except KeyboardInterrupt:
    print("KeyboardInterrupt", flush=True)
    sys.exit(0)
print("not interrupted", flush=True)
sys.exit(2)
"""


def one(gilpy, name, code, limit):
    p = subprocess.Popen([gilpy, "-c", PROGRAM % code], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    if line.strip() != "ready":
        p.kill()
        return "%s: child did not start: %r %s" % (name, line, p.stderr.read())
    time.sleep(0.2)  # let it reach the blocking call
    t0 = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=limit + 10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return "%s: no exit %.0f s after SIGINT" % (name, limit + 10)
    dt = time.monotonic() - t0
    if p.returncode != 0 or "KeyboardInterrupt" not in out:
        return "%s: rc=%d out=%r err=%r" % (name, p.returncode, out, err[-500:])
    if dt > limit:
        return "%s: KeyboardInterrupt after %.2f s (limit %.1f)" % (name, dt, limit)
    return None


def main():
    gilpy = sys.argv[1]
    limit = float(os.environ.get("GILPY_SIGINT_LIMIT", "2"))
    fails = []
    for name, code in BLOCKERS.items():
        for _ in range(3):
            e = one(gilpy, name, code, limit)
            if e:
                fails.append(e)
                break
    for f in fails:
        print("FAIL", f)
    print("%d blocking calls, %d failed" % (len(BLOCKERS), len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
