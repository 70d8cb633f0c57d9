# typing: the annotations real code uses import and work at runtime.
from __future__ import annotations
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Set,
                    Tuple, Union, TypeVar, cast, overload, Final, ClassVar, Literal, NamedTuple,
                    TypedDict, TYPE_CHECKING, no_type_check)
import typing

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float)
print(T.__name__, K.__constraints__ == (str, bytes), N.__bound__ is float)

def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default

def index_by(rows: Iterable[Dict[str, Any]], key: str) -> Dict[Any, Dict[str, Any]]:
    return {r[key]: r for r in rows}

def apply(fn: Callable[[int, int], int], a: int, b: int) -> int:
    return fn(a, b)

def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i

print(first([3, 4]), first([], "none"), apply(lambda a, b: a * b, 6, 7), list(pairs(3)))
print(index_by([{"id": 1, "n": "a"}, {"id": 2, "n": "b"}], "id")[2])
print(sorted(first.__annotations__))

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "p"
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3.0, 4.0)
print(p, p.dist(), Point._fields, Point._field_defaults, p._replace(label="q"))

class Movie(TypedDict):
    title: str
    year: int
class MovieExtra(Movie, total=False):
    rating: float
m: Movie = {"title": "Alien", "year": 1979}
me = MovieExtra(title="Heat", year=1995, rating=8.3)
print(m, me, type(me).__name__, sorted(Movie.__annotations__))

class Config:
    DEFAULTS: ClassVar[Dict[str, int]] = {"retries": 3}
    MAX: Final = 10
    mode: Literal["fast", "safe"] = "safe"
    def __init__(self, overrides: Optional[Dict[str, int]] = None) -> None:
        self.values: Dict[str, int] = {**self.DEFAULTS, **(overrides or {})}
print(Config({"timeout": 5}).values, Config.MAX, Config.mode)
print(cast(int, "not really"), cast("List[int]", [1]))
Vector = List[float]
Matrix = List[Vector]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), TYPE_CHECKING)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(4), double("ab"))
@no_type_check
def untyped(a: "whatever") -> "x":
    return a
print(untyped(5))
UserId = typing.NewType("UserId", int)
print(UserId(42), UserId.__name__ if hasattr(UserId, "__name__") else "UserId")
print(Union[int, None] == Optional[int], Set[int] is not None, typing.get_type_hints(scale) is not None)
