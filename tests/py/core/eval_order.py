log = []
def t(tag, v=None):
    log.append(tag)
    return tag if v is None else v
def f(*args, **kw):
    return args, kw
f(t("a"), t("b"), k=t("c"))
print(log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
lst = [0, 0, 0]
lst[t("idx", 1)] = t("value", 5)
print(log, lst); log.clear()
x = t("left", 1) + t("right", 2) * t("mul", 3)
print(log, x); log.clear()
counts = {"n": 0}
def key():
    log.append("key called")
    return "n"
counts[key()] += 1
print(log, counts); log.clear()
a = [1, 2, 3]
a[t("i", 0)] += t("inc", 10)
print(log, a); log.clear()
t("first") or t("second") and t("third")
print(log); log.clear()
r = t("cond", 0) if t("test", False) else t("else", 1)
print(log, r); log.clear()
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
