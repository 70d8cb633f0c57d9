people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cy", 30, "la"), ("di", 25, "nyc"), ("ed", 35, "sf")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items(), key=lambda kv: (len(kv[1]), kv[0]), reverse=True))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: (p[1], p[0]))[0])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a: sum(a))(1, 2, 3))
