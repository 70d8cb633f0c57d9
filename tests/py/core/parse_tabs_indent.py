def f(n):
	if n > 0:
		return "positive"
	else:
		return "non-positive"
print(f(1), f(-1))
for i in range(2):
	print("tab", i)
