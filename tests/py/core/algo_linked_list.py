def cons(head, tail):
    return (head, tail)
def from_list(items):
    node = None
    for v in reversed(items):
        node = cons(v, node)
    return node
def to_list(node):
    out = []
    while node is not None:
        out.append(node[0])
        node = node[1]
    return out
def reverse(node):
    prev = None
    while node is not None:
        prev = cons(node[0], prev)
        node = node[1]
    return prev
def length(node):
    return 0 if node is None else 1 + length(node[1])
l = from_list([1, 2, 3, 4])
print(l)
print(to_list(reverse(l)), length(l), length(None), to_list(from_list([])))
