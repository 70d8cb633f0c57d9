def f(x) -> :
 pass
