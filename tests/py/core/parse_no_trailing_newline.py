print("no newline at end of file")
x = 2
print(x * 21)