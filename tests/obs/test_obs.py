#!/usr/bin/env python3
"""Observability tests: -X gilstats, -X giltrace=FILE.json|.html, the gil
module and the HTML timeline in headless Chromium, on programs with known
shapes (tests/obs/progs).

    test_obs.py --gilpy PATH CASE      CASE: report json html module chromium

Exits 0 on success, 77 when a case cannot run here (no chromium), 1 with a
message otherwise.
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PROGS = os.path.join(HERE, "progs")
SKIP = 77

# program -> thread names it must show
SHAPES = {
    "two_cpu": ["MainThread", "cpu-0", "cpu-1"],
    "sleeper_cpu": ["MainThread", "sleeper", "cruncher"],
    "prodcons": ["MainThread", "producer", "consumer"],
}


class Fail(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Fail(msg)


def run(gilpy, args, timeout=120):
    p = subprocess.run([gilpy] + args, capture_output=True, text=True, timeout=timeout)
    check(p.returncode == 0, "gilpy %s exited %d\nstdout:\n%s\nstderr:\n%s" % (" ".join(args), p.returncode, p.stdout, p.stderr))
    return p


# ---- the text report ------------------------------------------------------

ROW = re.compile(r"^  (\S.*?)\s+([\d.]+)\s+([\d.]+)%\s+([\d.]+)\s+([\d.]+)%\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+\|(.{12})\|$")


def parse_report(text):
    lines = text.splitlines()
    start = [i for i, l in enumerate(lines) if l.startswith("GIL statistics: policy ")]
    check(len(start) == 1, "no report header in:\n" + text)
    lines = lines[start[0]:]
    head = re.match(r"GIL statistics: policy (\w+), switch interval ([\d.]+) ms, wall time ([\d.]+) ms", lines[0])
    check(head, "bad header: " + lines[0])
    rows = {}
    for l in lines[2:]:
        m = ROW.match(l)
        if not m:
            break
        rows[m.group(1)] = {
            "hold_ms": float(m.group(2)), "hold_pct": float(m.group(3)),
            "wait_ms": float(m.group(4)), "wait_pct": float(m.group(5)),
            "acquired": int(m.group(6)), "voluntary": int(m.group(7)),
            "forced": int(m.group(8)), "maxwait_ms": float(m.group(9)), "hist": m.group(10)}
    check("(total)" in rows, "no totals row in:\n" + text)
    convoy = re.search(r"convoy: (\d+) waits after blocking calls, ([\d.]+) ms", text)
    check(convoy, "no convoy line in:\n" + text)
    check("histogram columns:" in text, "no histogram legend")
    return {"policy": head.group(1), "interval_ms": float(head.group(2)), "wall_ms": float(head.group(3)),
            "rows": rows, "convoy_waits": int(convoy.group(1)), "convoy_ms": float(convoy.group(2))}


def check_report(rep, names, prog):
    rows = rep["rows"]
    for n in names:
        check(n in rows, "%s: thread %s missing from the report (%s)" % (prog, n, sorted(rows)))
    threads = [r for k, r in rows.items() if k != "(total)"]
    tot = rows["(total)"]
    check(sum(r["acquired"] for r in threads) == tot["acquired"], prog + ": acquisitions do not add up")
    check(abs(sum(r["hold_ms"] for r in threads) - tot["hold_ms"]) < 0.05, prog + ": hold times do not add up")
    check(abs(sum(r["wait_ms"] for r in threads) - tot["wait_ms"]) < 0.05, prog + ": wait times do not add up")
    # one GIL: holds never overlap, so they fit in the wall time
    check(tot["hold_pct"] <= 100.5, prog + ": GIL held more than 100% of the time")
    for n in names:
        r = rows[n]
        check(r["acquired"] >= 1, "%s: %s never acquired" % (prog, n))
        check(r["maxwait_ms"] <= r["wait_ms"] + 0.01, "%s: %s longest wait > total wait" % (prog, n))
        check(abs(r["hold_pct"] - 100 * r["hold_ms"] / rep["wall_ms"]) < 0.2, "%s: %s hold%% inconsistent" % (prog, n))
        check((r["hist"].strip() == "") == (r["wait_ms"] == 0 and r["maxwait_ms"] == 0) or r["wait_ms"] < 0.01,
              "%s: %s histogram %r vs wait %s" % (prog, n, r["hist"], r["wait_ms"]))
    if prog == "two_cpu":
        for n in ("cpu-0", "cpu-1"):
            check(rows[n]["hold_ms"] > 5, "two_cpu: %s held only %s ms" % (n, rows[n]["hold_ms"]))
        check(rows["cpu-0"]["forced"] + rows["cpu-1"]["forced"] >= 1, "two_cpu: no forced drops")
    if prog == "sleeper_cpu":
        check(rows["sleeper"]["voluntary"] >= 15, "sleeper_cpu: sleeper dropped only %d times" % rows["sleeper"]["voluntary"])
        check(rows["sleeper"]["hold_ms"] < rows["cruncher"]["hold_ms"], "sleeper_cpu: sleeper held more than the cruncher")
        check(rep["convoy_waits"] >= 1, "sleeper_cpu: no convoy wait after the sleeps")


def case_report(gilpy, tmp):
    for prog, names in SHAPES.items():
        p = run(gilpy, ["-X", "gilstats", os.path.join(PROGS, prog + ".py")])
        check_report(parse_report(p.stderr), names, prog)
    # the report also works under the other policies
    for pol in ("cpython", "legacy"):
        p = run(gilpy, ["-X", "gilpolicy=" + pol, "-X", "gilstats", os.path.join(PROGS, "two_cpu.py")])
        rep = parse_report(p.stderr)
        check(rep["policy"] == pol, "policy %s reported as %s" % (pol, rep["policy"]))
        check_report(rep, SHAPES["two_cpu"], "two_cpu")


# ---- the JSON trace ---------------------------------------------------------

def load_trace(path):
    with open(path) as f:
        doc = json.load(f)
    check(isinstance(doc, dict) and isinstance(doc.get("traceEvents"), list), "no traceEvents list")
    evs = doc["traceEvents"]
    names = {}
    for e in evs:
        check(isinstance(e, dict), "event not an object")
        for k, t in (("name", str), ("ph", str), ("pid", int)):
            check(isinstance(e.get(k), t), "event without %s: %r" % (k, e))
        ph = e["ph"]
        check(ph in ("M", "X", "i", "C", "B", "E"), "unknown ph %r" % ph)
        if ph != "M":
            check(isinstance(e.get("ts"), (int, float)) and e["ts"] >= 0, "bad ts: %r" % e)
        if ph in ("X", "i", "B", "E", "M"):
            check(isinstance(e.get("tid"), int), "event without tid: %r" % e)
        if ph == "X":
            check(isinstance(e.get("dur"), (int, float)) and e["dur"] >= 0, "bad dur: %r" % e)
        if ph == "i":
            check(e.get("s") in ("t", "p", "g"), "instant without scope: %r" % e)
        if ph == "C":
            check(isinstance(e.get("args"), dict) and all(isinstance(v, (int, float)) for v in e["args"].values()), "bad counter: %r" % e)
        if ph == "M" and e["name"] == "thread_name":
            names[e["tid"]] = e["args"]["name"]
    return evs, names


def check_balanced(evs, names):
    """B/E pairs per tid, and no overlapping X slices on any tid."""
    stacks, slices = {}, {}
    for e in sorted((e for e in evs if e["ph"] in "BE"), key=lambda e: e["ts"]):
        s = stacks.setdefault(e["tid"], [])
        if e["ph"] == "B":
            s.append(e)
        else:
            check(s, "E without B on tid %d" % e["tid"])
            s.pop()
    for tid, s in stacks.items():
        check(not s, "B without E on tid %d" % tid)
    for e in evs:
        if e["ph"] == "X":
            slices.setdefault(e["tid"], []).append((e["ts"], e["ts"] + e["dur"], e["name"]))
    for tid, sl in slices.items():
        check(tid in names, "slices on tid %d without a thread_name" % tid)
        sl.sort()
        for a, b in zip(sl, sl[1:]):
            check(b[0] >= a[1] - 0.002, "overlapping slices on %s: %r and %r" % (names[tid], a, b))
    return slices


def trace_totals(evs, names):
    """Per thread name: holding and waiting ms from the slices."""
    out = {}
    for e in evs:
        if e["ph"] == "X" and e["tid"] != 0:
            d = out.setdefault(names[e["tid"]], {"holding": 0.0, "waiting": 0.0})
            d[e["name"]] += e["dur"] / 1000.0
    return out


def close(a, b, rel=0.15, abs_ms=8.0):
    return abs(a - b) <= max(abs_ms, rel * max(a, b))


def check_trace(path, expect_names, prog, stats=None):
    evs, names = load_trace(path)
    for n in expect_names + ["GIL holder"]:
        check(n in names.values(), "%s: no row named %s (%s)" % (prog, n, sorted(names.values())))
    check(names.get(0) == "GIL holder", prog + ": tid 0 is not the holder track")
    slices = check_balanced(evs, names)
    thread_tids = [t for t in names if t != 0]
    for e in evs:
        if e["ph"] == "X" and e["tid"] != 0:
            check(e["name"] in ("holding", "waiting"), "unexpected slice %r" % e)
        if e["ph"] == "C":
            check(0 <= e["args"]["waiting"] <= len(thread_tids), "waiting counter out of range: %r" % e)
    # the holder track is the union of the threads' holding slices
    hold_total = sum(e["dur"] for e in evs if e["ph"] == "X" and e["name"] == "holding")
    holder_total = sum(b - a for a, b, _ in slices.get(0, []))
    check(abs(hold_total - holder_total) < 1.0, "%s: holder track %.1f us vs holds %.1f us" % (prog, holder_total, hold_total))
    # holding slices of different threads never overlap (one GIL)
    holds = sorted((e["ts"], e["ts"] + e["dur"], e["tid"]) for e in evs if e["ph"] == "X" and e["name"] == "holding")
    for a, b in zip(holds, holds[1:]):
        check(b[0] >= a[1] - 0.002, "%s: two holders at once: %r %r" % (prog, a, b))
    tot = trace_totals(evs, names)
    if stats:
        for n in expect_names:
            s = stats[n]
            t = tot.get(n, {"holding": 0.0, "waiting": 0.0})
            check(close(t["holding"], s["hold_ms"]), "%s: %s holds %.2f ms in the trace, %.2f ms in the stats" % (prog, n, t["holding"], s["hold_ms"]))
            check(close(t["waiting"], s["wait_ms"]), "%s: %s waits %.2f ms in the trace, %.2f ms in the stats" % (prog, n, t["waiting"], s["wait_ms"]))
    return evs, names


def case_json(gilpy, tmp):
    for prog, names in SHAPES.items():
        out = os.path.join(tmp, prog + ".json")
        p = run(gilpy, ["-X", "gilstats", "-X", "giltrace=" + out, os.path.join(PROGS, prog + ".py")])
        rep = parse_report(p.stderr)
        evs, tnames = check_trace(out, names, prog, rep["rows"])
        if prog == "sleeper_cpu":
            tid = [t for t, n in tnames.items() if n == "sleeper"][0]
            blocks = [e for e in evs if e["ph"] == "i" and e["name"] == "blocking call" and e["tid"] == tid]
            check(len(blocks) >= 15, "sleeper_cpu: %d blocking-call instants on the sleeper" % len(blocks))
        if prog == "two_cpu":
            reqs = [e for e in evs if e["ph"] == "i" and e["name"] == "drop request"]
            check(reqs, "two_cpu: no drop requests in the trace")
            forced = [e for e in evs if e["ph"] == "X" and e.get("args", {}).get("reason") == "forced"]
            check(forced, "two_cpu: no forced drop")
            # the function running when the GIL was taken away
            check(any(e["args"].get("function") == "work" for e in forced), "two_cpu: no forced drop names work(): %r" % [e["args"] for e in forced][:5])


# ---- the HTML page ------------------------------------------------------------

class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cur, self.stat_rows, self.rects, self.scripts = [], None, 0, 0, 0
        self.bad = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("class") == "rowlabel" and a.get("data-kind"):
            self.cur = [a["data-kind"], ""]
            self.rows.append(self.cur)
        if tag == "tr" and a.get("class") == "st":
            self.stat_rows += 1
        if tag in ("rect", "line", "polygon"):
            self.rects += 1
        if tag == "script":
            self.scripts += 1
            if "src" in a:
                self.bad.append("external script")
        if tag in ("link", "img", "iframe", "object", "embed"):
            self.bad.append("external resource <%s>" % tag)

    def handle_endtag(self, tag):
        if tag == "div":
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur[1] += data


def check_page(text, expect_names, prog):
    for bad in ("http:", "https:", "//cdn", "@import", "url("):
        check(bad not in text, "%s: page refers to the network (%s)" % (prog, bad))
    p = PageParser()
    p.feed(text)
    check(not p.bad, "%s: %s" % (prog, p.bad))
    kinds = [k for k, _ in p.rows]
    threads = [n.strip() for k, n in p.rows if k == "thread"]
    check(kinds[0] == "holder" and kinds[-1] == "counter", "%s: rows %r" % (prog, kinds))
    for n in expect_names:
        check(n in threads, "%s: no row for %s (%r)" % (prog, n, threads))
    check(p.stat_rows >= len(expect_names) + 1, "%s: statistics table has %d rows" % (prog, p.stat_rows))
    check(p.rects > len(threads) * 2, "%s: only %d shapes in the SVG" % (prog, p.rects))
    check(p.scripts == 1, "%s: %d scripts" % (prog, p.scripts))
    return threads


def case_html(gilpy, tmp):
    for prog, names in SHAPES.items():
        out = os.path.join(tmp, prog + ".html")
        run(gilpy, ["-X", "gilstats", "-X", "giltrace=" + out, os.path.join(PROGS, prog + ".py")])
        with open(out, encoding="utf-8") as f:
            check_page(f.read(), names, prog)


# ---- the gil module -------------------------------------------------------------

def case_module(gilpy, tmp):
    for ext in ("json", "html"):
        out = os.path.join(tmp, "mod." + ext)
        p = run(gilpy, ["-X", "gilstats", os.path.join(PROGS, "module_api.py"), out])
        data = json.loads(p.stdout.strip().splitlines()[-1])
        st = data["stats"]
        stats = {n: {"hold_ms": d["hold_ns"] / 1e6, "wait_ms": d["wait_ns"] / 1e6} for n, d in st.items()}
        if ext == "json":
            # the trace ran from reset_stats() to just after gil.stats()
            check_trace(out, ["w0", "w1"], "module_api", {k: stats[k] for k in ("w0", "w1")})
        else:
            with open(out, encoding="utf-8") as f:
                check_page(f.read(), ["MainThread", "w0", "w1"], "module_api")
    # the module without -X gilstats (counters only) still answers
    run(gilpy, ["-c", "import gil; s = gil.stats(); assert 'MainThread' in s, s; print(gil.policy())"])


# ---- headless Chromium ------------------------------------------------------------

def png_pixels(path):
    """(width, height, set of colours, share of non-grey pixels) of an
    8-bit RGB/RGBA non-interlaced PNG, decoded with zlib alone."""
    with open(path, "rb") as f:
        data = f.read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, typ = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if typ == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            check(depth == 8 and ctype in (2, 6) and interlace == 0, "unsupported PNG kind %d/%d" % (depth, ctype))
            bpp = 3 if ctype == 2 else 4
        elif typ == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    colours, coloured, i = set(), 0, 0
    for _ in range(h):
        ft = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ft == 1:
                line[x] = (line[x] + a) & 255
            elif ft == 2:
                line[x] = (line[x] + b) & 255
            elif ft == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp * 2):  # every other pixel is plenty
            px = bytes(line[x:x + 3])
            colours.add(px)
            if max(px) - min(px) > 40:
                coloured += 1
        prev = line
    return w, h, colours, coloured / max(1, (w // 2) * h)


def chromium_bin():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def chromium(args, page, tmp):
    exe = chromium_bin()
    prof = tempfile.mkdtemp(dir=tmp)
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--user-data-dir=" + prof, "--window-size=1400,900"] + args + ["file://" + page]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def case_chromium(gilpy, tmp):
    if not chromium_bin():
        print("SKIP: no chromium (apt-get install chromium)")
        return SKIP
    page = os.path.join(tmp, "two_cpu.html")
    run(gilpy, ["-X", "gilstats", "-X", "giltrace=" + page, os.path.join(PROGS, "two_cpu.py")])
    dom = chromium(["--dump-dom"], page, tmp).stdout
    check("<svg" in dom, "dump-dom shows no SVG:\n" + dom[:2000])
    p = PageParser()
    p.feed(dom)
    threads = [n.strip() for k, n in p.rows if k == "thread"]
    for n in SHAPES["two_cpu"]:
        check(n in threads, "rendered page has no row for %s (%r)" % (n, threads))
    check(re.search(r'id="info">showing ', dom), "the page's script did not run (no zoom info line)")
    check(re.search(r'<svg id="tl" viewBox="[\d.]+ 0 [\d.]+ \d+"', dom), "timeline viewBox not set by the script")
    shot = os.path.join(tmp, "shot.png")
    r = chromium(["--screenshot=" + shot], page, tmp)
    check(os.path.exists(shot), "no screenshot:\n" + r.stderr[-2000:])
    w, h, colours, share = png_pixels(shot)
    check((w, h) == (1400, 900), "screenshot is %dx%d" % (w, h))
    check(len(colours) >= 8, "screenshot has %d colours: blank?" % len(colours))
    check(share > 0.01, "screenshot has %.2f%% coloured pixels: blank?" % (100 * share))
    keep = os.environ.get("GILPY_OBS_SHOT")
    if keep:
        shutil.copy(shot, keep)
    print("screenshot %dx%d, %d colours, %.1f%% coloured" % (w, h, len(colours), 100 * share))


CASES = {"report": case_report, "json": case_json, "html": case_html, "module": case_module, "chromium": case_chromium}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gilpy-obs-") as tmp:
        try:
            rc = CASES[a.case](os.path.abspath(a.gilpy), tmp)
        except Fail as e:
            print("FAIL:", e)
            return 1
    if rc == SKIP:
        return SKIP
    print("ok", a.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
