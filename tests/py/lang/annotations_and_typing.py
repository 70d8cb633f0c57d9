from typing import List, Optional, Dict
def f(a: int, b: str = "x") -> List[str]:
    return [b] * a
print(f(2), f.__annotations__)
x: int = 5
y: Optional[Dict[str, int]]
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class C:
    attr: int
    other: str = "set"
print(C.__annotations__, C.other, hasattr(C, "attr"))
def g(v: "ForwardRef") -> "Other":
    return v
print(g(1), g.__annotations__)
