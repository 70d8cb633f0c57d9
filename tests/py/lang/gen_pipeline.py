def read_lines():
    for line in ["10 apples", "# comment", "", "3 pears", "7 plums", "bad line", "2 figs"]:
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        parts = l.split()
        try:
            yield int(parts[0]), parts[1]
        except ValueError:
            print("skipping", repr(l))
total = 0
for n, name in parse(non_comment(read_lines())):
    print(n, name)
    total += n
print("total", total)
