if x:
    y = 1
# dedent comment
    z = 2
