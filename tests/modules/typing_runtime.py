# typing at run time: TypeVar, user generics, get_type_hints with string annotations,
# TypedDict, runtime-checkable protocols, isinstance with aliases, assert_never.
from typing import (TypeVar, Generic, Protocol, TypedDict, runtime_checkable, get_type_hints,
                    Optional, List, Dict, Iterable, Sequence, Text, AnyStr, NamedTuple,
                    assert_never, SupportsIndex, is_typeddict)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', str, bytes, covariant=True)
print(T, K, V, K.__bound__, V.__constraints__, T.__name__, Text, AnyStr, repr(T | None)[:12])


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> 'T':
        return self.item


b = Box[int](5)
print(Box[int], b.get(), type(b).__name__, b.__orig_class__, Box[int] == Box[int])


class IntBox(Box[int]):
    pass


print(IntBox.__mro__[1].__name__, IntBox(3).get())


class Node:
    next: 'Optional[Node]'
    value: int = 0


def link(a: 'Node', b: 'List[Node]' = None) -> 'Dict[str, int]':
    return {}


print(get_type_hints(link))
print(get_type_hints(Node))


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title='Up', year=2009)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
print(Movie.__total__, Partial.__total__, is_typeddict(Movie), is_typeddict(dict))
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), sorted(Point.__annotations__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class Plain(Protocol):
    def run(self) -> None:
        ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer))
try:
    isinstance(File(), Plain)
except TypeError as e:
    print(e)


class Impl(Plain):
    def run(self):
        return 'ran'


print(Impl().run(), issubclass(Impl, Impl))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Sequence))
print(issubclass(list, typing.Sequence), isinstance('s', typing.Iterable))
try:
    assert_never(42)
except AssertionError as e:
    print(e)
print(typing.Never is not None, typing.TypeAlias is not None)


class Pt(NamedTuple):
    x: int
    y: int = 0


print(get_type_hints(Pt), Pt(1))
