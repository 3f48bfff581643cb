# dataclasses: generated __init__/__repr__/__eq__, defaults and factories, order, frozen,
# asdict/astuple/replace, inheritance, __post_init__ and pattern matching.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)

@dataclass(frozen=True)
class Token:
    kind: str
    text: str

@dataclass
class Point3(Point):
    z: int = 0
    def __post_init__(self):
        self.norm = abs(self.x) + abs(self.y) + abs(self.z)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point(x=5, y=6))
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
v = Version(2)
v.tags.append("beta")
print(v, Version(2).tags, Version(2) == v)
t = Token("num", "42")
print(t, hash(t) == hash(Token("num", "42")), {t: 1}[Token("num", "42")])
try:
    t.kind = "x"
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
q = Point3(1, -2, 3)
print(q, q.norm, asdict(q), astuple(q), replace(q, z=10))
print([f.name for f in fields(Point3)])
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, w=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
match p:
    case Point(x, y):
        print("matched", x, y)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
