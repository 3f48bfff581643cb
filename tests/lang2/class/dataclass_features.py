# dataclasses as everyday code uses them: defaults, field factories, ordering, frozen, __post_init__, repr/eq.
from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
@dataclass
class Package:
    name: str
    version: Version
    deps: list = field(default_factory=list)
    size_kb: float = field(default=0.0, repr=False)
    def __post_init__(self):
        if not self.name.isidentifier():
            raise ValueError(f"bad package name {self.name!r}")
@dataclass(frozen=True)
class Point:
    x: int
    y: int
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), str(max(vs)), Version(1) == Version(1, 0, 0), Version(2) > Version(1, 99))
p = Package("pyrite", Version(0, 1), ["libm"], 12.5)
print(p, asdict(p)["version"], astuple(Version(3, 4)))
q = replace(p, name="other", deps=[])
print(q.name, q.deps, p.deps, q.version is p.version)
try:
    Package("bad-name", Version(1))
except ValueError as e:
    print(type(e).__name__, e)
pt = Point(1, 2)
try:
    pt.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(pt) == hash(Point(1, 2)), {pt, Point(1, 2)}, pt == Point(1, 2), pt != Point(2, 1))
a, b = Package("a", Version(1)), Package("b", Version(1))
a.deps.append("x")
print(a.deps, b.deps)
try:
    Version()
except TypeError as e:
    print(type(e).__name__, e)
