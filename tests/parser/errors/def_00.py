def f(a=):
 pass
