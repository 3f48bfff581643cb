# Enums with a data type mixed in (str, int) compare as that type but keep the enum's repr and
# str, as CPython's EnumType arranges; IntFlag's operators are the flag ones.
from enum import Enum, IntEnum, IntFlag, auto


class S(str, Enum):
    X = 'x'
    Y = 'y'


print(S.X == 'x', 'y' == S.Y, S.X != 'y', S('x') is S.X, S.X in ['x'])
print(S.X, repr(S.X), f'{S.X}', '%s' % S.Y, S.X.upper(), len(S.X), {S.X: 1}['x'])


class N(IntEnum):
    A = 1
    B = auto()


print(N.A + 1, N.B, repr(N.B), N.A < N.B, int(N.B), f'{N.A}', str(N.A), format(N.A, '03d'))
print(N.A == 1, N(2) is N.B, sorted([N.B, N.A, 0]))


class IF(IntFlag):
    R = 1
    W = 2


print(IF.R | IF.W, repr(IF.R | IF.W), repr(IF.R | 4), IF.R | 2 == 3, repr(IF.W & 3))
print(repr(~IF.R), isinstance(IF.R | IF.W, IF), IF.R ^ IF.W)


class Shape(int, Enum):
    SQUARE = 4

    def __str__(self):
        return 'shape-' + self.name.lower()


print(Shape.SQUARE, repr(Shape.SQUARE), Shape.SQUARE * 2)
