class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "R-str"
    def __format__(self, spec):
        return "R-format[" + spec + "]"
r = R()
print("{}|{!s}|{!r}|{!a}|{:xyz}".format(r, r, r, r, r))
print(f"{r}|{r!s}|{r!r}|{r!a}|{r:xyz}|{r!s:>8}|{r!r:^9}")
print("%s|%r|%a" % (r, r, "é"))
print(format(r, "spec"), str(r), repr(r), ascii("ü"))
