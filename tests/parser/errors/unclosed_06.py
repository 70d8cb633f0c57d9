f(a b) + g(
