# PEP 563: with `from __future__ import annotations`, annotations are stored as strings.
from __future__ import annotations

import __future__

print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.annotations.getMandatoryRelease(), "annotations" in __future__.all_feature_names)


class Node:
    value: int
    next: Node | None = None

    def append(self, other: Node, *rest: Node, key: str = "k", **kw: dict[str, int]) -> Node:
        return other


print(Node.__annotations__)
print(Node.append.__annotations__)


def shapes(a: list[tuple[int, ...]], b: Callable[[int], str], c: 'quoted', d: 1 + 2 * 3,
           e: -x ** 2, f: a.b[1:2, ::3], g: x if y else z, h: {1: [2]}, i: lambda q=1: q,
           j: not a or b and c, k: f"{x!r:>10}", l: b"\x00") -> Undefined[Thing]:
    return a


for k, v in shapes.__annotations__.items():
    print(k, "=", v)
count: int = 3
names: list[str]
print(__annotations__, count)


def plain(a, b: int):
    pass


print(plain.__annotations__, type(plain.__annotations__).__name__)
