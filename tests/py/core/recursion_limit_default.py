def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(990))
def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1) + 1
def mutual_b(n):
    return 0 if n == 0 else mutual_a(n - 1) + 1
print(mutual_a(980))
def boom(n):
    return boom(n + 1)
for attempt in range(3):
    try:
        boom(0)
    except RecursionError:
        print("recovered", attempt)
print(depth(900))
