x = {1: 2 for}
