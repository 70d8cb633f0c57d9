for i in range(3):
# a comment is not a block
print(i)
