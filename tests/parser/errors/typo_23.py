try:
    x
print(1)
