class A(x)
