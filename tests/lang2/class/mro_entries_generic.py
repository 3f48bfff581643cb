# PEP 560 __mro_entries__: non-class bases replaced at class creation, as typing.Generic[T] and NamedTuple rely on.
class Base:
    def hello(self):
        return "hello from Base"
class Alias:
    def __init__(self, origin, args):
        self.origin, self.args = origin, args
    def __mro_entries__(self, bases):
        return (self.origin,)
class Gen:
    def __class_getitem__(cls, item):
        return Alias(cls, (item,))
class Mixin:
    pass
class C(Alias(Base, ("T",)), Mixin):
    pass
print([k.__name__ for k in C.__mro__], C().hello())
print(type(C.__orig_bases__[0]).__name__, C.__orig_bases__[1] is Mixin, C.__bases__ == (Base, Mixin))
class D(Gen[int]):
    pass
print([k.__name__ for k in D.__mro__], D.__orig_bases__[0].args)
class Drop:
    def __mro_entries__(self, bases):
        return ()
class E(Drop(), Base):
    pass
print([k.__name__ for k in E.__mro__])
from typing import Generic, TypeVar, NamedTuple
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int](5).item, Box("s").item, Box.__mro__[-2].__name__)
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(3)
print(p, p.x + p.y, p._replace(y=4), isinstance(p, tuple))
