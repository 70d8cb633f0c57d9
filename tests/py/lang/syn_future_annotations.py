# from __future__ import annotations (PEP 563): annotations are kept as
# their source text, written the way CPython's unparser writes it, so
# forward references and undefined names cost nothing at definition time.
from __future__ import annotations

import dataclasses
import typing


@dataclasses.dataclass
class Node:
    value: int
    children: list[Node] = dataclasses.field(default_factory=list)
    parent: Node | None = None
    registry: typing.ClassVar[dict[str, Node]] = {}

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


root = Node(1)
root.add(Node(2)).add(Node(3))
print(root.children[0].children[0].value, [f.name for f in dataclasses.fields(Node)])
print(Node.__annotations__)
print(Node.add.__annotations__)


def api(a: int | None, b: dict[str, list[int]], c: "quoted", d: Callable[[int, str], bool],
        e: tuple[int, ...], f: pkg.mod.Type[T], g: -1, h: not x, i: lambda x, y=2, *a, k=3, **kw: x + y,
        j: x if y else z, k: {1: 2, **m}, l: {1, 2}, m: (1,), n: (), o: f(x, *y, z=1, **w),
        p: x[1:2, ::3], q: 1 .real, r: 3.5e10, s: 1e400, t: 2j, u: b"by", v: ...,
        w: a < b <= c is not d, x: a and b or not c, y: (a + b) * c - d ** -e ** f,
        z: f"x{y!r:>{w}}z{{", aa: [i for i in x if i], bb: {k: v for k, v in x}, cc: a @ b // c % d,
        dd: a << b | c & d ^ e, ee: ~a, ff: x[()], gg: x[a,], hh: 0x1F, ii: f(x for x in y),
        jj: Literal['a', "b'c"], kk: -(-x), ll: (-x) ** 2, mm: -x ** 2, nn: (a, *b)) -> Dict[str, 'X']:
    pass


for name, text in api.__annotations__.items():
    print(f"{name:>6}: {text}")

version: Final = "1.0"
print(__annotations__)

hints = typing.get_type_hints(Node.add)
print(sorted(hints), hints["child"] is Node)


class Base:
    size: int
    link: "Derived"
    nothing: None


class Derived(Base):
    items: list[int]


print(typing.get_type_hints(Derived))


@dataclasses.dataclass(frozen=True)
class Point:
    x: int = 0
    scale: dataclasses.InitVar[int] = 1
    origin: typing.ClassVar[str] = "zero"

    def __post_init__(self, scale):
        object.__setattr__(self, "x", self.x * scale)


print(Point(2, 10), [f.name for f in dataclasses.fields(Point)], Point.origin)

for src in ("from __future__ import braces", "from __future__ import nonexistent",
            "import os\nfrom __future__ import annotations",
            '"""doc"""\nfrom __future__ import annotations, division\nx: undefined_name = 1'):
    try:
        exec(compile(src, "<src>", "exec"), {})
        print("compiled and ran:", src.splitlines()[-1])
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")
