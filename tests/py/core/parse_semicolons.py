a = 1; b = 2; c = a + b; print(c)
if c > 2: print("inline if"); print("second stmt")
for i in range(2): print("loop", i); print("again", i)
while a < 3: a += 1
print(a);
def f(): return "one-line def"
print(f())
x = 5;
