import threading
local = threading.local()
seen = {}
def set_and_read(v):
    local.value = v
    for _ in range(1000):
        pass
    seen[threading.current_thread().name] = local.value
ts = [threading.Thread(target=set_and_read, args=(i,), name="worker-" + str(i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(hasattr(local, "value"))
t = threading.Thread(target=lambda: None, name="named", daemon=True)
print(t.name, t.daemon, t.is_alive())
t.start()
t.join()
print(t.is_alive(), threading.get_ident() == threading.main_thread().ident)
