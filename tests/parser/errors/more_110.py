type = 1
