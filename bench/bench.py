# `make bench`: the whole benchmark suite under every gilpy GIL policy,
# the python3 on PATH and every other CPython found (pyenv versions, PATH),
# each benchmark repeated with the median reported.  Writes a table to the
# terminal, bench/results.md, and SVG charts in bench/charts/ (convoy
# latency distribution per runtime, fairness shares of 4 CPU threads).
# Run it on gilpy itself (the Makefile does): the charts are drawn by it.
#   build/gilpy bench/bench.py [--quick] [--repeat N] [--gilpy PATH]
#                              [--out FILE.md] [--charts DIR] [--no-others]
#                              [--repeat-others N]
# --quick: tiny sizes, one repeat, gilpy fair + python3 (tests/demo uses it).
# The other CPythons run each benchmark --repeat-others times (default 1:
# the whole suite stays under ~10 minutes on 2 cores).
# A benchmark a runtime cannot run (2.7 lacks time.perf_counter) is shown
# as "n/a" with the reason in results.md.
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


TTY = hasattr(sys.stdout, 'isatty') and sys.stdout.isatty()


def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def sh(cmd):
    """Runs a shell command, returns (ok, output text)."""
    try:
        import _mp
        status, out = _mp.run_capture(cmd + ' 2>&1')
    except (ImportError, AttributeError):
        import subprocess
        p = subprocess.run(cmd + ' 2>&1', shell=True, stdout=subprocess.PIPE)
        status, out = p.returncode, p.stdout
    return status == 0, out.decode('utf-8', 'replace')


def cmdline(argv):
    return ' '.join(quote(a) for a in argv)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def parse_kv(text, prefix=None):
    """The key=value pairs of the last line holding '=' (units stripped)."""
    for line in reversed(text.strip().splitlines()):
        if '=' not in line or (prefix and not line.startswith(prefix)):
            continue
        out = {}
        for kv in line.split():
            if '=' not in kv:
                continue
            k, v = kv.split('=', 1)
            while v and v[-1].isalpha():
                v = v[:-1]
            try:
                out[k] = float(v)
            except ValueError:
                pass
        if out:
            return out
    return None


# ------------------------------------------------------------- probes
# `bench.py --probe NAME`: the samples behind the charts, printed as one
# key=value line; runs on every Python 3 (plain syntax, perf_counter).

def probe_convoy(rounds):
    import threading
    state = [False]
    lat = []

    def spin():
        x = 0
        while not state[0]:
            x += 1
    sp = threading.Thread(target=spin)
    sp.start()
    time.sleep(0.02)
    for _ in range(rounds):
        t = time.perf_counter()
        time.sleep(0.001)
        lat.append((time.perf_counter() - t - 0.001) * 1e6)
    state[0] = True
    sp.join()
    lat.sort()
    qs = [10, 25, 50, 75, 90, 99]
    print('probe ' + ' '.join('p%d=%.0f' % (q, lat[min(len(lat) - 1, len(lat) * q // 100)]) for q in qs))


def probe_share4(secs):
    import threading
    counts = [0, 0, 0, 0]
    state = [False]
    go = threading.Event()

    def spin(k):
        go.wait()
        n = 0
        while not state[0]:
            n += 1
        counts[k] = n
    ts = [threading.Thread(target=spin, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    go.set()
    time.sleep(secs)
    state[0] = True
    for t in ts:
        t.join()
    tot = float(sum(counts)) or 1.0
    print('probe ' + ' '.join('t%d=%.4f' % (k, c / tot) for k, c in enumerate(counts)))


# ------------------------------------------------------------- runtimes

def version_key(v):
    out = []
    for part in v.split('.'):
        digits = ''
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        out.append(int(digits) if digits else 0)
    return out


def find_runtimes(gilpy, others, policies=('fair', 'cpython', 'legacy')):
    rts = []
    for p in policies:
        rts.append({'name': 'gilpy ' + p, 'argv': [gilpy, '-X', 'gilpolicy=' + p], 'gilpy': True, 'main': True, 'major': 3})
    seen = set()
    cands = [('python3', 'python3', True)]
    if others:
        root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
        try:
            vers = sorted(os.listdir(os.path.join(root, 'versions')), key=version_key)
        except OSError:
            vers = []
        for v in vers:
            for exe in ('python', 'python3', 'python2'):
                p = os.path.join(root, 'versions', v, 'bin', exe)
                try:
                    os.stat(p)
                except OSError:
                    continue
                cands.append((p, None, False))
                break
        for d in os.environ.get('PATH', '').split(':'):
            if 'pyenv/shims' in d:
                continue  # shims only reach the global version
            for exe in ['python2.7', 'python2'] + ['python3.%d' % k for k in range(6, 15)]:
                p = os.path.join(d or '.', exe)
                try:
                    os.stat(p)
                except OSError:
                    continue
                cands.append((p, None, False))
    for path, label, main in cands:
        ok, out = sh(cmdline([path, '-c', 'import sys; print(sys.version.split()[0]); print(sys.executable)']))
        lines = out.strip().splitlines()
        if not ok or len(lines) < 2:
            continue
        ver = lines[-2].strip()
        if ver in seen:
            continue
        seen.add(ver)
        rts.append({'name': label or 'CPython ' + ver, 'version': ver, 'argv': [lines[-1].strip() or path],
                    'gilpy': False, 'main': main, 'major': int(ver.split('.')[0])})
        if label:
            rts[-1]['name'] = 'python3 (%s)' % ver
    return rts


# ------------------------------------------------------------- benchmarks

LIMIT = 'timeout -k 5 180 '
MP_N = {False: 60000, True: 6000}  # full size: 4 jobs of ~0.1 s, so start-up costs do not dominate
ECHO_SECS = {False: 1.0, True: 0.4}


class Bench:
    def __init__(self, quick):
        self.quick = quick
        self.client = None

    def run_py(self, rt, script, args=(), env=''):
        # a time limit: a script that dies in its main thread while another
        # thread waits (2.7 lacks perf_counter) would otherwise hang forever
        cmd = (env + ' ' if env else '') + LIMIT + cmdline(rt['argv'] + [script] + [str(a) for a in args])
        return sh(cmd)

    def single(self, rt):
        # CPU seconds (user+sys of the child, from the shell's `times`):
        # steadier than wall time on a shared machine
        script = os.path.join(HERE, 'single_thread.py')
        if self.quick:
            return {'skipped': 1}
        ok, out = sh('%s%s >/dev/null 2>&1; st=$?; times; exit $st' % (LIMIT, cmdline(rt['argv'] + [script])))
        if not ok:
            raise RuntimeError('single_thread.py failed')
        child = out.strip().splitlines()[-1].split()
        tot = 0.0
        for t in child:
            m, s = t.rstrip('s').split('m')
            tot += int(m) * 60 + float(s)
        return {'cpu_s': tot}

    def threads(self, rt, name, args=()):
        ok, out = self.run_py(rt, os.path.join(HERE, 'threads', name + '.py'), args)
        r = parse_kv(out, name)
        if not ok or r is None:
            raise RuntimeError(out.strip().splitlines()[-1] if out.strip() else 'failed')
        return r

    def mp(self, rt):
        n = MP_N[self.quick]
        ok, out = self.run_py(rt, os.path.join(HERE, 'mp', 'cpu.py'), env='BENCH_N=%d' % n)
        r = parse_kv(out, 'cpu')
        if not ok or r is None:
            raise RuntimeError(out.strip().splitlines()[-1] if out.strip() else 'failed')
        return r

    def echo(self, rt, server, arg, conns):
        if self.client is None:
            self.client = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'gilpy_bench_echo_client')
            ok, out = sh('cc -O2 -o %s %s' % (quote(self.client), quote(os.path.join(HERE, 'io', 'echo_client.c'))))
            if not ok:
                self.client = False
        if not self.client:
            raise RuntimeError('no C compiler for bench/io/echo_client.c')
        secs = ECHO_SECS[self.quick]
        script = '''f=$(mktemp -u); mkfifo "$f"; pf=$(mktemp)
%s < "$f" > "$pf" 2>/dev/null & spid=$!
exec 9> "$f"
i=0; while [ ! -s "$pf" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
%s "$(head -1 "$pf")" %d %s; rc=$?
exec 9>&-; wait $spid; rm -f "$f" "$pf"; exit $rc''' % (
            cmdline(rt['argv'] + [os.path.join(HERE, 'io', server)] + ([arg] if arg else [])),
            quote(self.client), conns, secs)
        ok, out = sh('%ssh -c %s' % (LIMIT, quote(script)))
        r = parse_kv(out, 'requests')
        if not ok or r is None:
            raise RuntimeError('echo: ' + (out.strip().splitlines()[-1] if out.strip() else 'failed'))
        return r

    def probe(self, rt, name, arg):
        ok, out = self.run_py(rt, os.path.abspath(__file__), ['--probe', name, arg])
        r = parse_kv(out, 'probe')
        if not ok or r is None:
            raise RuntimeError(out.strip().splitlines()[-1] if out.strip() else 'failed')
        return r


QUICK = ('convoy', 'pingpong', 'share4', 'mp', 'echo_alone', 'p_convoy', 'p_share4')


def benchmarks(b):
    """(id, function(rt), main runtimes only) in run order."""
    q = b.quick
    return [x for x in _benchmarks(b, q) if not q or x[0] in QUICK]


def _benchmarks(b, q):
    return [
        ('single', b.single, False),
        ('cpu2', lambda rt: b.threads(rt, 'cpu2'), False),
        ('sleep4', lambda rt: b.threads(rt, 'sleep4'), False),
        ('convoy', lambda rt: b.threads(rt, 'convoy'), False),
        ('pingpong', lambda rt: b.threads(rt, 'pingpong'), False),
        ('share4', lambda rt: b.threads(rt, 'share4', ['0.3' if q else '0.6']), False),
        ('mp', b.mp, True),
        ('echo_alone', lambda rt: b.echo(rt, 'echo_threaded.py', None, 1), True),
        ('echo_loaded', lambda rt: b.echo(rt, 'echo_threaded.py', 'cpu', 1), True),
        ('echo_thr100', lambda rt: b.echo(rt, 'echo_threaded.py', None, 100), True),
        ('echo_async100', lambda rt: b.echo(rt, 'echo_asyncio.py', None, 100), True),
        ('p_convoy', lambda rt: b.probe(rt, 'convoy', '60' if q else '300'), False),
        ('p_share4', lambda rt: b.probe(rt, 'share4', '0.3' if q else '0.6'), False),
    ]


# the columns of the tables: (title, benchmark id, key, format)
COLUMNS = [
    ('single-thread CPU s', 'single', 'cpu_s', '%.2f'),
    ('2 CPU thr / seq', 'cpu2', 'ratio', '%.2f'),
    ('4 sleeps 0.2s alone, s', 'sleep4', 'alone', '%.3f'),
    ('4 sleeps 0.2s + spinner, s', 'sleep4', 'loaded', '%.3f'),
    ('convoy alone med us', 'convoy', 'alone_median', '%.0f'),
    ('convoy loaded med us', 'convoy', 'loaded_median', '%.0f'),
    ('convoy loaded p99 us', 'convoy', 'loaded_p99', '%.0f'),
    ('Event ping-pong us', 'pingpong', 'us_per_round_trip', '%.1f'),
    ('4-thread share min/max', 'share4', 'min_max', '%.2f'),
]
MAIN_COLUMNS = [
    ('seq 4 jobs s', 'mp', 'seq', '%.2f'),
    ('2 thr speedup', 'mp', 'thr2', 'x'),
    ('Pool(2) speedup', 'mp', 'pool2', 'x'),
    ('PPE(2) speedup', 'mp', 'ppe2', 'x'),
    ('native kept', 'mp', 'nat_keep2', 'nx'),
    ('native released', 'mp', 'nat_rel2', 'nx'),
    ('Pool start ms', 'mp', 'pool_start_ms', '%.1f'),
    ('Pool task us', 'mp', 'task_us', '%.0f'),
    ('echo 1 conn rps', 'echo_alone', 'rps', '%.0f'),
    ('echo +CPU med us', 'echo_loaded', 'median_us', '%.0f'),
    ('echo +CPU p99 us', 'echo_loaded', 'p99_us', '%.0f'),
    ('threaded 100c rps', 'echo_thr100', 'rps', '%.0f'),
    ('asyncio 100c rps', 'echo_async100', 'rps', '%.0f'),
]


def cell(res, bid, key, fmt):
    r = res.get(bid)
    if r is None:
        return '-'
    if 'error' in r:
        return 'n/a'
    if fmt == 'x':
        return '%.2fx' % (r['seq'] / r[key]) if r.get(key) else '-'
    if fmt == 'nx':
        return '%.2fx' % (r['nat_seq'] / r[key]) if r.get(key) else '-'
    v = r.get(key)
    return '-' if v is None else fmt % v


def render(rts, results, cols, main_only):
    headers = ['runtime'] + [c[0] for c in cols]
    rows = []
    for rt in rts:
        if main_only and not rt['main']:
            continue
        rows.append([rt['name']] + [cell(results[rt['name']], c[1], c[2], c[3]) for c in cols])
    return headers, rows


def text_table(headers, rows):
    w = [max(len(r[i]) for r in [headers] + rows) for i in range(len(headers))]
    out = ['  '.join(h.ljust(x) for h, x in zip(headers, w))]
    out.append('  '.join('-' * x for x in w))
    for r in rows:
        out.append('  '.join(c.ljust(x) for c, x in zip(r, w)))
    return '\n'.join(out)


def md_table(headers, rows):
    out = ['| ' + ' | '.join(headers) + ' |', '|' + '---|' * len(headers)]
    for r in rows:
        out.append('| ' + ' | '.join(r) + ' |')
    return '\n'.join(out)


# ------------------------------------------------------------- charts

COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f']


def svg_convoy(rts, results, path):
    """Box per runtime: p25-p75 box, median bar, p10-p90 whiskers, p99 dot;
    log scale of microseconds late."""
    import math
    data = [(rt['name'], results[rt['name']].get('p_convoy')) for rt in rts]
    data = [(n, d) for n, d in data if d and 'error' not in d]
    if not data:
        return False
    rowh, left, width = 28, 170, 560
    h = 60 + rowh * len(data) + 40
    lo, hi = 10.0, max(100.0, max(d['p99'] for _, d in data) * 1.5)

    def x(v):
        v = max(lo, v)
        return left + (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * width
    s = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (left + width + 30, h),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="10" y="20" font-size="14" font-weight="bold">Convoy: how late a 1 ms sleep wakes beside a CPU-bound thread</text>',
         '<text x="10" y="38" fill="#555">box p25-p75, bar median, whiskers p10-p90, dot p99; log scale (written by gilpy, bench/bench.py)</text>']
    e = 1
    while 10 ** e <= hi:
        xx = x(10 ** e)
        s.append('<line x1="%.1f" y1="50" x2="%.1f" y2="%d" stroke="#ddd"/>' % (xx, xx, h - 35))
        lab = '%d us' % 10 ** e if e < 3 else '%g ms' % (10 ** e / 1000.0)
        s.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>' % (xx, h - 20, lab))
        e += 1
    for i, (name, d) in enumerate(data):
        y = 60 + i * rowh
        c = COLORS[i % len(COLORS)] if name.startswith('gilpy') else '#888'
        s.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 8, y + 14, name))
        s.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>' % (x(d['p10']), y + 10, x(d['p90']), y + 10, c))
        s.append('<rect x="%.1f" y="%d" width="%.1f" height="16" fill="%s" fill-opacity="0.35" stroke="%s"/>' % (
            x(d['p25']), y + 2, max(1.0, x(d['p75']) - x(d['p25'])), c, c))
        s.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="3"/>' % (x(d['p50']), y, x(d['p50']), y + 20, c))
        s.append('<circle cx="%.1f" cy="%d" r="3" fill="%s"/>' % (x(d['p99']), y + 10, c))
        s.append('<text x="%.1f" y="%d" fill="#333" font-size="10">%.0f us</text>' % (x(d['p50']) + 4, y + 24, d['p50']))
    s.append('</svg>')
    f = open(path, 'w')
    f.write('\n'.join(s) + '\n')
    f.close()
    return True


def svg_fairness(rts, results, path):
    """A stacked bar per runtime: each of 4 CPU-bound threads' share of the
    iterations (equal quarters: perfectly fair)."""
    data = [(rt['name'], results[rt['name']].get('p_share4')) for rt in rts]
    data = [(n, d) for n, d in data if d and 'error' not in d]
    if not data:
        return False
    rowh, left, width = 28, 170, 520
    h = 60 + rowh * len(data) + 40
    s = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (left + width + 80, h),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="10" y="20" font-size="14" font-weight="bold">Fairness: 4 CPU-bound threads\' shares of the work</text>',
         '<text x="10" y="38" fill="#555">equal quarters = perfectly fair; min/max share at right (written by gilpy, bench/bench.py)</text>']
    for q in range(5):
        xx = left + width * q / 4.0
        s.append('<line x1="%.1f" y1="50" x2="%.1f" y2="%d" stroke="#ddd"/>' % (xx, xx, h - 35))
        s.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%d%%</text>' % (xx, h - 20, q * 25))
    for i, (name, d) in enumerate(data):
        y = 60 + i * rowh
        s.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 8, y + 14, name))
        xx = float(left)
        shares = [d.get('t%d' % k, 0.0) for k in range(4)]
        for k, sh_ in enumerate(shares):
            w = sh_ * width
            s.append('<rect x="%.1f" y="%d" width="%.1f" height="18" fill="%s" stroke="white"/>' % (xx, y + 1, w, COLORS[k]))
            xx += w
        mx = max(shares) or 1.0
        s.append('<text x="%d" y="%d">%.2f</text>' % (left + width + 8, y + 14, min(shares) / mx))
    s.append('</svg>')
    f = open(path, 'w')
    f.write('\n'.join(s) + '\n')
    f.close()
    return True


# ------------------------------------------------------------- main

def machine():
    cpu = '?'
    try:
        for line in open('/proc/cpuinfo'):
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = open('/proc/loadavg').read().split()[0]
    except OSError:
        load = '?'
    return cpu, load


def main(argv):
    quick = '--quick' in argv
    repeat = 1 if quick else 3
    repeat_others = 1
    gilpy = os.path.join(ROOT, 'build', 'gilpy')
    out_md = os.path.join(HERE, 'results.md')
    charts = os.path.join(HERE, 'charts')
    others = not quick
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--repeat':
            repeat = int(argv[i + 1]); i += 1
        elif a == '--gilpy':
            gilpy = os.path.abspath(argv[i + 1]); i += 1
        elif a == '--out':
            out_md = argv[i + 1]; i += 1
        elif a == '--charts':
            charts = argv[i + 1]; i += 1
        elif a == '--repeat-others':
            repeat_others = int(argv[i + 1]); i += 1
        elif a == '--no-others':
            others = False
        i += 1
    if 'gil' in sys.builtin_module_names or os.path.basename(sys.executable) == 'gilpy':
        if not os.path.exists(gilpy):
            gilpy = os.path.abspath(sys.executable)
    t0 = time.time()
    cpu, load0 = machine()
    ncpu = os.cpu_count()
    rts = find_runtimes(gilpy, others, ('fair',) if quick else ('fair', 'cpython', 'legacy'))
    print('gilpy bench: %d runtimes, %d repeat(s) (%d for the other CPythons), median reported; %s cores, %s, load %s'
          % (len(rts), repeat, min(repeat, repeat_others), ncpu, cpu, load0))
    print('runtimes: ' + ', '.join(rt['name'] for rt in rts))
    b = Bench(quick)
    benches = benchmarks(b)
    runs = {}
    errors = {}
    for rep in range(repeat):
        for rt in rts:   # interleaved: a change of load hits every runtime alike
            if not rt['main'] and rep >= repeat_others:
                continue
            for bid, fn, main_only in benches:
                if main_only and not rt['main']:
                    continue
                key = (rt['name'], bid)
                if key in errors:
                    continue
                if rt['major'] < 3 and bid.startswith('p_'):
                    errors[key] = 'the chart probes need Python 3'
                    continue
                if bid == 'single' and quick:
                    continue
                if TTY:
                    sys.stdout.write('\r[%d/%d] %-22s %-14s %5.0f s ' % (rep + 1, repeat, rt['name'], bid, time.time() - t0))
                    sys.stdout.flush()
                try:
                    r = fn(rt)
                except Exception as e:
                    errors[key] = str(e)[:160]
                    continue
                runs.setdefault(key, []).append(r)
    if TTY:
        sys.stdout.write('\r' + ' ' * 70 + '\r')
    results = {}
    for rt in rts:
        res = results.setdefault(rt['name'], {})
        for bid, _, _ in benches:
            key = (rt['name'], bid)
            if key in errors:
                res[bid] = {'error': errors[key]}
            elif key in runs:
                rs = runs[key]
                res[bid] = dict((k, median([r[k] for r in rs if k in r])) for k in rs[0])
    elapsed = time.time() - t0
    _, load1 = machine()
    h1, r1 = render(rts, results, COLUMNS, False)
    h2, r2 = render(rts, results, MAIN_COLUMNS, True)
    print(text_table(h1, r1))
    print()
    print(text_table(h2, r2))
    ok, date = sh('date -u "+%Y-%m-%d %H:%M UTC"')
    date = date.strip()
    ok, rev = sh('git -C %s rev-parse --short HEAD' % quote(ROOT))
    rev = rev.strip() if ok else '?'
    try:
        os.mkdir(charts)
    except OSError:
        pass
    c1 = svg_convoy(rts, results, os.path.join(charts, 'convoy.svg'))
    c2 = svg_fairness(rts, results, os.path.join(charts, 'fairness.svg'))
    md = ['# gilpy benchmark results', '',
          'Generated by `make bench` (bench/bench.py, run on gilpy) on %s.' % date, '',
          '- machine: %s cores, %s; load average %s at start, %s at end (a shared machine: other builds ran meanwhile)' % (ncpu, cpu, load0, load1),
          '- gilpy commit %s, %s; each benchmark repeated %d time(s) (%d for the other CPythons), runtimes interleaved, median shown; suite took %.0f s' % (
              rev, os.path.relpath(gilpy, ROOT), repeat, min(repeat, repeat_others), elapsed),
          '- single-thread: CPU seconds (user+sys) of bench/single_thread.py; threads: bench/threads/*.py;'
          ' processes/native: bench/mp/cpu.py (BENCH_N=%d); I/O: bench/io echo servers with the C client, %.1f s per run' % (MP_N[quick], ECHO_SECS[quick]),
          '', '## Every runtime', '', md_table(h1, r1), '',
          '## Processes, native module and I/O (gilpy policies and python3)', '', md_table(h2, r2), '']
    if c1 or c2:
        md += ['## Charts', '']
        if c1:
            md += ['![convoy latency](charts/convoy.svg)', '']
        if c2:
            md += ['![fairness shares](charts/fairness.svg)', '']
    if errors:
        md += ['## Not run (n/a)', '']
        for (name, bid), msg in sorted(errors.items()):
            md.append('- %s, %s: %s' % (name, bid, msg.replace('|', '/')))
        md.append('')
    f = open(out_md, 'w')
    f.write('\n'.join(md))
    f.close()
    print()
    print('wrote %s%s in %.0f s' % (out_md, ' and charts in ' + charts if c1 or c2 else '', elapsed))
    if errors:
        print('n/a: ' + '; '.join('%s %s' % k for k in sorted(errors)))
    return 0


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--probe':
        if sys.argv[2] == 'convoy':
            probe_convoy(int(sys.argv[3]))
        else:
            probe_share4(float(sys.argv[3]))
    else:
        sys.exit(main(sys.argv[1:]))
