# typing: Generic classes, Protocol, runtime_checkable, get_origin/get_args.
from typing import Generic, TypeVar, Protocol, runtime_checkable, List, Dict, Optional, Iterator, Callable, Any, Union, Tuple
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

s: Stack[int] = Stack[int]()
for i in range(4):
    s.push(i * 10)
print(s.pop(), len(s), list(s), type(s).__name__)

class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self.data: Dict[K, V] = {}
    def register(self, key: K) -> Callable[[V], V]:
        def deco(v: V) -> V:
            self.data[key] = v
            return v
        return deco

handlers: Registry[str, Callable[[], str]] = Registry()
@handlers.register("ping")
def ping() -> str:
    return "pong"
print(handlers.data["ping"](), isinstance(handlers, Registry))

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)
p = Pair("a", 1).swap()
print(p.k, p.v)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class SupportsArea(Protocol):
    def area(self) -> float: ...

class File:
    def close(self) -> None:
        print("file closed")
class Square:
    def __init__(self, side: float):
        self.side = side
    def area(self) -> float:
        return self.side ** 2

def close_all(things: List[Closeable]) -> None:
    for t in things:
        t.close()
def total_area(shapes: List[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)
close_all([File(), File()])
print(total_area([Square(2), Square(3)]))
print(isinstance(File(), Closeable), isinstance(Square(1), Closeable))

print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]) == (str, int))
print(typing.get_args(Optional[int]) == (int, type(None)), typing.get_origin(Union[int, str]) is Union)
print(typing.get_args(Tuple[int, ...]) == (int, ...), typing.get_origin(int) is None)

class Node(Generic[T]):
    def __init__(self, value: T, children: Optional[List["Node[T]"]] = None):
        self.value = value
        self.children = children or []
    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
AnyFn = Callable[..., Any]
def call_twice(f: AnyFn, *args: Any) -> List[Any]:
    return [f(*args), f(*args)]
print(call_twice(max, 3, 9))
