assert(x, y) is
