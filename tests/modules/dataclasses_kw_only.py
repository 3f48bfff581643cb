# dataclasses: KW_ONLY, kw_only=, ClassVar and InitVar pseudo-fields, is_dataclass, fields()
# errors, asdict/astuple with named tuples, replace() with init=False fields.
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, is_dataclass, asdict, astuple, replace
from typing import ClassVar
from collections import namedtuple


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 0


print(KW(1, b=3), KW(1), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1


print(AllKW(x=5), AllKW(y=0, x=1))
try:
    AllKW(1)
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)


print(Mixed(b=2), Mixed(1, b=3))


@dataclass
class WithCV:
    count: ClassVar[int] = 0
    name: str = 'n'

    def __post_init__(self):
        WithCV.count += 1


w = WithCV()
w2 = WithCV('m')
print(w, w2, WithCV.count, [f.name for f in fields(WithCV)])


@dataclass
class WithIV:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


v = WithIV(3)
print(v, WithIV(3, 10), [f.name for f in fields(v)], astuple(v), asdict(v))
print(repr(InitVar[int]))
print(is_dataclass(v), is_dataclass(WithIV), is_dataclass(3), is_dataclass(int))
try:
    fields(3)
except TypeError as e:
    print(e)

P = namedtuple('P', 'a b')


@dataclass
class Holder:
    p: P
    d: dict
    l: list


h = Holder(P(1, [2]), {'k': (3,)}, [P(4, 5)])
print(asdict(h), astuple(h))
try:
    replace(v, y=1)
except ValueError as e:
    print(e)
print(replace(v, x=4, scale=1))


@dataclass(match_args=False)
class NoMA:
    a: int


print(hasattr(NoMA, '__match_args__'))
