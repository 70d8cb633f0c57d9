# __class_getitem__ and generic aliases such as list[int].
import types

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

print(Box[int], Box["T"], Box[int, str])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass

print(Sub[float])

# An instance does not get __class_getitem__.
try:
    Box()[int]
except TypeError as e:
    print("TypeError:", e)

# A class with neither __class_getitem__ nor a metaclass __getitem__.
class Plain:
    pass

try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

# The metaclass __getitem__ wins over __class_getitem__.
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)

class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class", item)

print(Both[1])

# Builtin generic aliases.
alias = list[int]
print(alias, type(alias) is types.GenericAlias, alias.__origin__ is list, alias.__args__)
print(dict[str, list[int]], tuple[int, ...], alias([1, 2]))
print(isinstance([1], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([1], list[int])
except TypeError as e:
    print("TypeError:", e)

# A small typed container that records its parameter.
class TypedList(list):
    item_type = object

    def __class_getitem__(cls, item):
        return type(f"TypedList[{item.__name__}]", (cls,), {"item_type": item})

    def append(self, x):
        if not isinstance(x, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(x).__name__}")
        super().append(x)

IntList = TypedList[int]
xs = IntList()
xs.append(1)
xs.append(True)
try:
    xs.append("s")
except TypeError as e:
    print("TypeError:", e)
print(xs, IntList.__name__, issubclass(IntList, TypedList), IntList.item_type.__name__)

# __class_getitem__ is used in type annotations without evaluating generics.
def first(items: list[int]) -> int:
    return items[0]

print(first([7]), first.__annotations__["items"])

# type itself is subscriptable, but classes do not inherit that from their
# metaclass; object's __subclasshook__ has no opinion.
print(type[int], hasattr(Plain, "__class_getitem__"), hasattr(int, "__class_getitem__"))
print(object.__subclasshook__(int), hasattr(list, "__class_getitem__"))
