# time: clocks, struct_time and formatting of fixed times.
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1.6e9)
time.sleep(0.01)
print(time.monotonic() >= m0 + 0.009, time.perf_counter() > p0)
print(isinstance(time.time_ns(), int), time.time_ns() > 10**18)
print(isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int))
print(time.process_time() >= 0)

g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(tuple(g))
print(g[0], len(g))
g2 = time.gmtime(1700000000)
print(tuple(g2))
print(time.strftime("%Y-%m-%d %H:%M:%S", g2))
print(time.strftime("%a %b %d %j %%", g2))
print(time.strftime("%A, %B %d, %Y", time.gmtime(951782400)))
print(time.asctime(g2))

st = time.struct_time((2024, 2, 29, 13, 45, 0, 3, 60, 0))
print(st.tm_year, st.tm_yday, st.tm_isdst)
print(time.strftime("%d/%m/%y %I%p", st))
p = time.strptime("2023-07-04 08:30", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday)

def timed(f):
    def run(*a):
        start = time.perf_counter()
        r = f(*a)
        elapsed = time.perf_counter() - start
        return r, elapsed >= 0
    return run

@timed
def work(n):
    return sum(i * i for i in range(n))

print(work(1000))
