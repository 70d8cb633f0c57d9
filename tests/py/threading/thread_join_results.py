import threading
results = {}
def work(n):
    total = 0
    for i in range(n):
        total += i
    results[n] = total
threads = [threading.Thread(target=work, args=(n,)) for n in (10, 1000, 50000, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(threading.active_count(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
