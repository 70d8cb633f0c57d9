del foo()
