stack = []
for i in range(5):
    stack.append(i)
popped = []
while stack:
    popped.append(stack.pop())
print(popped)
queue = ["a", "b", "c"]
queue.append("d")
out = []
while queue:
    out.append(queue.pop(0))
print(out)
dq = [2, 3]
dq.insert(0, 1)
dq.append(4)
print(dq, dq[0], dq[-1])
