# The gilpy showcase (`make demo`): the classic GIL story told with numbers
# measured right now on this machine, side by side with the python3 found
# on PATH.  Seven scenarios, each with a progress line while it runs and a
# small table after.  Stdlib only; runs on gilpy (and on python3, which is
# how the python3 column is measured: this file re-runs itself as a child
# with `--child NAME`, so both columns use the same code).
#   GILPY_DEMO_SCALE=0.1 build/gilpy examples/demo.py   (tests: quick)
import os
import sys
import threading
import time

SCALE = float(os.environ.get('GILPY_DEMO_SCALE', '1'))
HERE = os.path.dirname(os.path.abspath(__file__))
IS_GILPY = 'gil' in sys.builtin_module_names or hasattr(sys, 'gilpy')
try:
    import gil
    IS_GILPY = True
except ImportError:
    gil = None


def scaled(n, low=1):
    return max(low, int(n * SCALE))


# --------------------------------------------------------------- children
# Workloads, each runnable here or in a child (`--child NAME ARGS`), which
# prints one line of key=value.

def count_primes(n):
    c = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            c += 1
    return c


def in_threads(fn, args_list):
    ts = [threading.Thread(target=fn, args=a) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def timed(fn, *args):
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def child_cpu(n):
    res = {}
    res['seq'] = timed(lambda: [count_primes(n) for _ in range(2)])
    res['thr2'] = timed(in_threads, count_primes, [(n,), (n,)])
    try:
        import multiprocessing
        with multiprocessing.Pool(2) as pool:
            pool.map(abs, [0, 1])
            res['pool2'] = timed(pool.map, count_primes, [n, n])
    except Exception as e:  # a runtime without multiprocessing
        res['pool2_error'] = type(e).__name__
    return res


def child_sleep4(secs):
    return {'wall': timed(in_threads, time.sleep, [(secs,)] * 4)}


def start_slow_server(delay):
    """A local server answering each line after `delay` seconds (a thread
    per connection): the 'slow web service' of the I/O scenario."""
    import socket
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 0))
    srv.listen(128)

    def handle(conn):
        f = conn.makefile('rb') if hasattr(conn, 'makefile') else None
        data = b''
        while not data.endswith(b'\n'):
            chunk = conn.recv(100)
            if not chunk:
                break
            data += chunk
        time.sleep(delay)
        conn.sendall(b'ok ' + data)
        conn.close()
        if f:
            f.close()

    def acceptor():
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            t = threading.Thread(target=handle, args=(conn,))
            t.daemon = True
            t.start()
    t = threading.Thread(target=acceptor)
    t.daemon = True
    t.start()
    return srv.getsockname()[1]


def request(port, i):
    import socket
    s = socket.create_connection(('127.0.0.1', port))
    s.sendall(b'GET %d\n' % i)
    data = b''
    while True:
        chunk = s.recv(100)
        if not chunk:
            break
        data += chunk
    s.close()
    assert data.startswith(b'ok GET'), data
    return data


def child_io(nreq, nthreads):
    port = start_slow_server(0.05)
    res = {}
    res['seq'] = timed(lambda: [request(port, i) for i in range(nreq)])
    per = nreq // nthreads

    def worker(k):
        for i in range(per):
            request(port, k * per + i)
    res['threads'] = timed(in_threads, worker, [(k,) for k in range(nthreads)])
    return res


counter = 0


def child_race(n, use_lock):
    global counter
    counter = 0
    lock = threading.Lock()

    def bump():
        global counter
        for _ in range(n):
            counter = counter + 1

    def bump_locked():
        global counter
        for _ in range(n):
            with lock:
                counter = counter + 1
    in_threads(bump_locked if use_lock else bump, [(), ()])
    return {'expected': 2 * n, 'got': counter, 'lost': 2 * n - counter}


def child_asyncio(nsleep, necho):
    import asyncio
    res = {}

    async def sleeps():
        await asyncio.gather(*[asyncio.sleep(0.1) for _ in range(nsleep)])

    async def echoes():
        async def handle(reader, writer):
            data = await reader.readline()
            writer.write(data)
            await writer.drain()
            writer.close()

        srv = await asyncio.start_server(handle, '127.0.0.1', 0)
        port = srv.sockets[0].getsockname()[1]

        async def client(i):
            reader, writer = await asyncio.open_connection('127.0.0.1', port)
            msg = b'echo %d\n' % i
            writer.write(msg)
            await writer.drain()
            got = await reader.readline()
            writer.close()
            return got == msg
        ok = await asyncio.gather(*[client(i) for i in range(necho)])
        srv.close()
        return sum(ok)
    res['sleeps'] = timed(asyncio.run, sleeps())
    t = time.perf_counter()
    res['echo_ok'] = asyncio.run(echoes())
    res['echoes'] = time.perf_counter() - t
    res['threads'] = threading.active_count()
    return res


def child_convoy(rounds):
    """Same method as bench/threads/convoy.py: a thread sleeps 1 ms in a
    loop and measures how late it wakes, alone and beside a CPU-bound
    thread."""
    state = {'stop': False}

    def sleeper(out):
        for _ in range(rounds):
            t = time.perf_counter()
            time.sleep(0.001)
            out.append((time.perf_counter() - t - 0.001) * 1e6)

    def run(load):
        state['stop'] = False
        lat = []
        sp = None
        if load:
            def spin():
                x = 0
                while not state['stop']:
                    x += 1
            sp = threading.Thread(target=spin)
            sp.start()
            time.sleep(0.02)
        t = threading.Thread(target=sleeper, args=(lat,))
        t.start()
        t.join()
        state['stop'] = True
        if sp:
            sp.join()
        lat.sort()
        return lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    a = run(False)
    b = run(True)
    return {'alone_med': a[0], 'loaded_med': b[0], 'loaded_p99': b[1]}


def child_timeline(secs):
    stop = [False]

    def spin():
        x = 0
        while not stop[0]:
            x += 1

    def sleeper():
        while not stop[0]:
            time.sleep(0.005)
    ts = [threading.Thread(target=spin, name='cpu-%d' % k) for k in range(2)]
    ts.append(threading.Thread(target=sleeper, name='io'))
    for t in ts:
        t.start()
    time.sleep(secs)
    stop[0] = True
    for t in ts:
        t.join()
    return {'secs': secs}


CHILDREN = {
    'cpu': lambda a: child_cpu(int(a[0])),
    'sleep4': lambda a: child_sleep4(float(a[0])),
    'io': lambda a: child_io(int(a[0]), int(a[1])),
    'race': lambda a: child_race(int(a[0]), a[1] == 'lock'),
    'asyncio': lambda a: child_asyncio(int(a[0]), int(a[1])),
    'convoy': lambda a: child_convoy(int(a[0])),
    'timeline': lambda a: child_timeline(float(a[0])),
}


def child_main(argv):
    res = CHILDREN[argv[0]](argv[1:])
    print('RESULT ' + ' '.join('%s=%s' % (k, v) for k, v in res.items()))


# ------------------------------------------------------------- the parent

def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def run_capture(argv):
    """Runs argv, returns (ok, stdout+stderr text)."""
    cmd = ' '.join(quote(a) for a in argv) + ' 2>&1'
    try:
        import _mp
        status, out = _mp.run_capture(cmd)
    except (ImportError, AttributeError):
        import subprocess
        p = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE)
        status, out = p.returncode, p.stdout
    return status == 0, out.decode('utf-8', 'replace')


def parse_result(text):
    for line in text.splitlines():
        if line.startswith('RESULT '):
            out = {}
            for kv in line.split()[1:]:
                k, v = kv.split('=', 1)
                try:
                    out[k] = float(v)
                except ValueError:
                    out[k] = v
            return out
    return None


def run_child(runtime, name, *args, options=()):
    """Runs a child workload under `runtime` (a path), returns its dict or
    None (and the output, for the error message)."""
    ok, out = run_capture([runtime] + list(options) + [os.path.abspath(__file__), '--child', name] + [str(a) for a in args])
    res = parse_result(out)
    return res, out


def find_python3():
    for d in os.environ.get('PATH', '').split(':'):
        p = os.path.join(d or '.', 'python3')
        try:
            os.stat(p)
        except OSError:
            continue
        ok, out = run_capture([p, '-c', 'import sys; print(sys.version.split()[0])'])
        if ok and out.strip().startswith('3'):
            return p, out.strip().splitlines()[-1]
        return None, None
    return None, None


GILPY = sys.executable
PY3, PY3_VERSION = None, None
failures = []


TTY = hasattr(sys.stdout, 'isatty') and sys.stdout.isatty()


def progress(msg):
    """The live line while a scenario runs (a terminal only: logs get the
    tables alone)."""
    if not TTY:
        return
    sys.stdout.write('\r  ... ' + msg + ' ' * 10)
    sys.stdout.flush()


def done_progress():
    if not TTY:
        return
    sys.stdout.write('\r' + ' ' * 78 + '\r')
    sys.stdout.flush()


def table(headers, rows):
    done_progress()
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    line = '  ' + '  '.join(str(h).ljust(w) for h, w in zip(headers, widths))
    print(line)
    print('  ' + '  '.join('-' * w for w in widths))
    for r in rows:
        print('  ' + '  '.join(str(c).ljust(w) for c, w in zip(r, widths)))


def loadavg():
    try:
        return float(open('/proc/loadavg').read().split()[0])
    except (OSError, ValueError):
        return None


def title(n, text):
    print()
    print('%d. %s' % (n, text))


def note(text):
    done_progress()
    for line in text.split('\n'):
        print('   ' + line)


def secs(v):
    return '-' if v is None else '%.3f s' % v


def py3_child(name, *args):
    if not PY3:
        return None
    progress('python3: ' + name)
    res, out = run_child(PY3, name, *args)
    if res is None:
        failures.append('python3 %s: %s' % (name, out.strip()[-200:]))
    return res


def scenario_threads():
    title(1, 'Threads are OS threads: each has its own kernel thread id')
    progress('starting 4 threads')
    ids = {}
    ready = threading.Barrier(5) if hasattr(threading, 'Barrier') else None
    go = threading.Event()

    def worker(k):
        ids[k] = threading.get_native_id()
        if ready:
            ready.wait()
        go.wait()
    ts = [threading.Thread(target=worker, args=(k,), name='worker-%d' % k) for k in range(4)]
    for t in ts:
        t.start()
    if ready:
        ready.wait()
    else:
        while len(ids) < 4:
            time.sleep(0.001)
    try:
        tasks = set(int(x) for x in os.listdir('/proc/self/task'))
    except OSError:
        tasks = None
    go.set()
    for t in ts:
        t.join()
    rows = [['main', threading.get_native_id(), 'yes' if tasks is None or threading.get_native_id() in tasks else 'NO']]
    for k in range(4):
        rows.append(['worker-%d' % k, ids[k], '-' if tasks is None else ('yes' if ids[k] in tasks else 'NO')])
    table(['thread', 'native id (TID)', 'in /proc/%d/task' % os.getpid()], rows)
    if tasks is not None and any(r[2] == 'NO' for r in rows):
        failures.append('a thread id was not in /proc/self/task')
    note('(`ps -L -p %d` would list them too; the GIL decides which one runs Python.)' % os.getpid())


def scenario_cpu():
    title(2, 'CPU-bound work: threads do not help, processes and GIL-free native code do')
    n = scaled(45000, 2000)
    progress('gilpy: count primes below %d twice, sequential / 2 threads / Pool(2)' % n)
    me = child_cpu(n)
    py = py3_child('cpu', n)
    rows = []
    for key, label in (('seq', 'sequential (2 jobs)'), ('thr2', '2 threads'), ('pool2', 'multiprocessing Pool(2)')):
        row = [label, secs(me.get(key))]
        if key != 'seq' and me.get(key):
            row.append('%.2fx' % (me['seq'] / me[key]))
        else:
            row.append('1.00x' if key == 'seq' else '-')
        if PY3:
            row.append(secs(py.get(key)) if py else 'error')
            row.append('%.2fx' % (py['seq'] / py[key]) if py and py.get(key) else '-')
        rows.append(row)
    sys.path.insert(0, os.path.dirname(os.path.abspath(GILPY)))
    try:
        import primes
    except ImportError:
        primes = None
    if primes is not None:
        m = n * 6
        progress('gilpy: native primes.count (keeps the GIL) vs count_nogil (releases it)')
        seq = timed(lambda: [primes.count(m) for _ in range(2)])
        keep = timed(in_threads, primes.count, [(m,), (m,)])
        rel = timed(in_threads, primes.count_nogil, [(m,), (m,)])
        extra = ['', ''] if PY3 else []
        rows.append(['native, sequential (2 jobs)', secs(seq), '1.00x'] + extra)
        rows.append(['native, 2 threads, GIL kept', secs(keep), '%.2fx' % (seq / keep)] + extra)
        rows.append(['native, 2 threads, GIL released', secs(rel), '%.2fx' % (seq / rel)] + extra)
        # a Python thread's progress while the main thread is inside the
        # native call: ~0 when the call keeps the GIL, steady when it
        # releases it (readable even when a busy machine hides speedups)
        for label, fn in (('Python thread during native call, GIL kept', primes.count),
                          ('Python thread during native call, released', primes.count_nogil)):
            ticks = [0]
            stop = threading.Event()

            def spin():
                while not stop.is_set():
                    ticks[0] += 1
            t = threading.Thread(target=spin)
            t.start()
            time.sleep(0.02)
            start = ticks[0]
            el = timed(fn, m)
            rate = (ticks[0] - start) / el
            stop.set()
            t.join()
            rows.append([label, '%.0f it/s' % rate, ''] + extra)
    headers = ['gilpy', 'time', 'speedup']
    if PY3:
        headers += ['python3 ' + PY3_VERSION, 'speedup']
    table(headers, rows)
    if primes is None:
        note('The native module (primes.so) was not found beside %s:\n'
             'build it with `make` (examples/native) to see the GIL-releasing C call.' % GILPY)
    note('Two threads take about as long as one after another: only one runs Python\n'
         'at a time.  Processes each have their own GIL; native code that releases it\n'
         'runs in parallel, and lets other Python threads run meanwhile.')
    load = loadavg()
    if load is not None and load > (os.cpu_count() or 1) - 0.5:
        note('This machine is busy (load average %.1f on %s cores): parallel speedups need\n'
             'idle cores, so they read low now; the it/s rows do not depend on that.' % (load, os.cpu_count()))


def scenario_io():
    title(3, 'Sleep and I/O release the GIL: threads help I/O-bound programs')
    s = 0.25
    progress('4 threads each sleeping %.2f s' % s)
    me = child_sleep4(s)
    py = py3_child('sleep4', s)
    nreq = scaled(30, 10)
    nreq -= nreq % 10
    progress('%d requests to a local server that answers after 50 ms, sequential' % nreq)
    io = child_io(nreq, 10)
    pio = py3_child('io', nreq, 10)
    rows = [['4 x sleep(%.2f) in 4 threads' % s, secs(me['wall'])] + ([secs(py['wall']) if py else 'error'] if PY3 else []),
            ['%d requests, one after another' % nreq, secs(io['seq'])] + ([secs(pio['seq']) if pio else 'error'] if PY3 else []),
            ['%d requests from 10 threads' % nreq, secs(io['threads'])] + ([secs(pio['threads']) if pio else 'error'] if PY3 else []),
            ['speedup from threads', '%.1fx' % (io['seq'] / io['threads'])] + (['%.1fx' % (pio['seq'] / pio['threads']) if pio else '-'] if PY3 else [])]
    table(['', 'gilpy'] + (['python3'] if PY3 else []), rows)
    note('Four sleeps end in one sleep\'s time, and 10 threads waiting on the network\n'
         'finish ~10x sooner: a thread blocked in sleep/recv does not hold the GIL.')


def scenario_race():
    title(4, '`x = x + 1` is not atomic: the GIL does not make your code thread-safe')
    n = scaled(500000, 20000)
    rows = []
    for label, opts, lock in (('gilpy -X gilpolicy=legacy', ['-X', 'gilpolicy=legacy'], 'nolock'),
                              ('gilpy -X gilpolicy=legacy + Lock', ['-X', 'gilpolicy=legacy'], 'lock'),
                              ('gilpy (default policy)', [], 'nolock')):
        progress(label + ': 2 threads x %d increments' % n)
        res, out = run_child(GILPY, 'race', n, lock, options=opts)
        if res is None:
            failures.append('race child (%s): %s' % (label, out.strip()[-200:]))
            rows.append([label, '-', 'error', '-'])
            continue
        rows.append([label, int(res['expected']), int(res['got']), int(res['lost'])])
        if lock == 'lock' and res['lost'] != 0:
            failures.append('updates lost even with a Lock')
    if PY3:
        res = py3_child('race', n, 'nolock')
        if res:
            rows.append(['python3 ' + PY3_VERSION, int(res['expected']), int(res['got']), int(res['lost'])])
    table(['runtime', 'expected', 'counter', 'lost updates'], rows)
    note('The GIL is released between bytecodes: a switch between the read and the\n'
         'write of `x = x + 1` loses an update.  Under the legacy policy (a check every\n'
         'N instructions, like Python 2) it happens at once; newer policies switch at\n'
         'fewer places, which hides the race without fixing it.  A Lock fixes it.')


def scenario_asyncio():
    title(5, 'asyncio: thousands of concurrent waits on one thread')
    n = scaled(1000, 50)
    progress('gilpy: %d concurrent asyncio.sleep(0.1) and %d echo connections' % (n, n))
    res, out = run_child(GILPY, 'asyncio', n, n)
    py = py3_child('asyncio', n, n)
    if res is None:
        failures.append('asyncio child: ' + out.strip()[-200:])
        note('asyncio failed under gilpy: ' + out.strip()[-200:])
        return
    rows = [['%d x asyncio.sleep(0.1), gathered' % n, secs(res['sleeps'])] + ([secs(py['sleeps']) if py else 'error'] if PY3 else []),
            ['%d echo clients + server, gathered' % n, secs(res['echoes'])] + ([secs(py['echoes']) if py else 'error'] if PY3 else []),
            ['echo replies correct', '%d/%d' % (res['echo_ok'], n)] + (['%d/%d' % (py['echo_ok'], n) if py else '-'] if PY3 else []),
            ['threads used', int(res['threads'])] + ([int(py['threads']) if py else '-'] if PY3 else [])]
    table(['', 'gilpy'] + (['python3'] if PY3 else []), rows)
    if res['echo_ok'] != n:
        failures.append('asyncio echoes: %d/%d' % (res['echo_ok'], n))


def scenario_convoy():
    title(6, 'The convoy effect: I/O latency beside a CPU-bound thread, per GIL policy')
    rounds = scaled(200, 30)
    rows = []
    runs = [('gilpy cpython', GILPY, ['-X', 'gilpolicy=cpython']),
            ('gilpy legacy', GILPY, ['-X', 'gilpolicy=legacy']),
            ('gilpy fair', GILPY, ['-X', 'gilpolicy=fair'])]
    if PY3:
        runs.append(('python3 ' + PY3_VERSION, PY3, []))
    for label, rt, opts in runs:
        progress('%s: %d sleeps of 1 ms, alone then beside a spinning thread' % (label, rounds))
        res, out = run_child(rt, 'convoy', rounds, options=opts)
        if res is None:
            failures.append('convoy %s: %s' % (label, out.strip()[-200:]))
            rows.append([label, 'error', '', ''])
            continue
        rows.append([label, '%.0f us' % res['alone_med'], '%.0f us' % res['loaded_med'], '%.0f us' % res['loaded_p99']])
    table(['runtime', 'late wake, alone (median)', 'beside CPU thread (median)', '(p99)'], rows)
    note('A thread waking from I/O must get the GIL back from the CPU-bound thread.\n'
         'Under CPython\'s algorithm (python3, gilpy cpython) it waits out the 5 ms\n'
         'switch interval; `fair` hands the GIL to the waker at once.  On a busy machine\n'
         'the OS scheduler adds its own delays (bench/threads/convoy.py, `make bench`).')


def scenario_timeline():
    title(7, 'Seeing the GIL: a timeline and a gilstats report')
    build = os.path.dirname(os.path.abspath(GILPY))
    html = os.path.join(build, 'demo-timeline.html')
    secs_ = 0.3 if SCALE >= 1 else 0.1
    progress('gilpy -X gilstats -X giltrace=%s: 2 CPU threads + 1 sleeper' % html)
    try:
        os.remove(html)
    except OSError:
        pass
    res, out = run_child(GILPY, 'timeline', secs_, options=['-X', 'gilstats', '-X', 'giltrace=' + html])
    done_progress()
    if res is None:
        failures.append('timeline child: ' + out.strip()[-300:])
        note('the timeline run failed: ' + out.strip()[-300:])
        return
    report = [l for l in out.splitlines() if not l.startswith('RESULT ')]
    for l in report:
        print('   | ' + l)
    try:
        size = os.stat(html).st_size
        note('Timeline written to %s (%d KB): open it in a browser.' % (os.path.relpath(html), size // 1024))
    except OSError:
        failures.append('no timeline file at ' + html)
        note('No timeline file was written at ' + html)


def main():
    global PY3, PY3_VERSION
    t0 = time.perf_counter()
    print('gilpy demo: the GIL, measured on this machine (%s cores, load average %s)'
          % (os.cpu_count(), loadavg()))
    if not IS_GILPY:
        print('(running on %s, not gilpy: the gilpy-only scenarios will say so)' % sys.version.split()[0])
    PY3, PY3_VERSION = find_python3()
    if PY3:
        print('comparing with python3 %s (%s)' % (PY3_VERSION, PY3))
    else:
        print('no python3 on PATH: gilpy columns only')
    scenario_threads()
    scenario_cpu()
    scenario_io()
    if IS_GILPY:
        scenario_race()
    else:
        title(4, '`x = x + 1` is not atomic: needs gilpy (-X gilpolicy=legacy)')
    scenario_asyncio()
    if IS_GILPY:
        scenario_convoy()
        scenario_timeline()
    print()
    dt = time.perf_counter() - t0
    if failures:
        print('demo finished in %.1f s with %d problem(s):' % (dt, len(failures)))
        for f in failures:
            print('  - ' + f)
        return 1
    print('demo finished in %.1f s.  `make bench` runs the full comparison (bench/results.md).' % dt)
    return 0


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--child':
        child_main(sys.argv[2:])
    else:
        sys.exit(main())
