# PEP 560 (__mro_entries__, __orig_bases__, __class_getitem__) and builtin generic aliases.
class Base:
    def hello(self):
        return "hello"
class Alias:
    def __init__(self, origin):
        self.origin = origin
    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return (self.origin,)
class C(Alias(Base), dict):
    pass
print([k.__name__ for k in C.__mro__], C().hello(), C.__bases__)
print(type(C.__orig_bases__[0]).__name__, "__orig_bases__" in Base.__dict__)
class Nothing:
    def __mro_entries__(self, bases):
        return ()
class E(Nothing()):
    pass
print(E.__bases__, E.__mro__[-1].__name__)
class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()], set[bytes])
a = dict[str, int]
print(a.__origin__, a.__args__, a == dict[str, int], a != dict[str, str], a(x=1))
print(len({list[int], list[int]}), list[int] | None)
class Mine(list[int]):
    pass
print(Mine.__bases__, Mine.__orig_bases__, Mine([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
class SubBox(Box):
    pass
print(Box[int], SubBox[str])
from typing import NamedTuple, Generic, TypeVar
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(3)
print(s.items)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3)
print(p, p.norm1(), p._replace(y=-4).norm1(), isinstance(p, tuple), Point._fields)
try:
    class Wrong(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
