calls = 0
memo = {}
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(100), calls)
calls = 0
print(fib(100), calls)
print(len(memo))
