class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return "%s(%s,%d)" % (self.name, self.grade, self.age)
students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("ann", "A", 12)]
print(sorted(students, key=lambda s: s.age))
print(sorted(students, key=lambda s: (s.grade, -s.age)))
from operator import attrgetter
print(sorted(students, key=attrgetter("grade", "name")))
s2 = sorted(students, key=attrgetter("age"))
s2.sort(key=attrgetter("grade"), reverse=True)
print(s2)
try:
    sorted(students)
except TypeError as e:
    print("TypeError:", e)
