# more than 15 members, deep nesting: CPython's limits on what is printed
eg = ValueError("leaf")
for depth in range(12):
    eg = ExceptionGroup("level %d" % depth, [eg])
wide = ExceptionGroup("wide", [IndexError(i) for i in range(17)] + [eg])
raise wide
