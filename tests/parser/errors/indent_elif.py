if x:
  y
elif z:
z
