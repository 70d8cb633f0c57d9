from typing import NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
e = Employee("ann")
print(e, e.name, e[1], e._replace(level=3), Employee._field_defaults)
staff = [Employee("bob", "ops", 2), Employee("cy", level=5), e]
print(sorted(staff, key=lambda s: (-s.level, s.name)))
name, dept, level = staff[0]
print(name, dept, level, isinstance(e, tuple), len(e))
