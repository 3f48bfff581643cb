# subclasses of int and float: their own dunders, super() delegation, inherited methods
class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
    def __neg__(self):
        return 'negated'
    def __repr__(self):
        return 'MyInt(' + super().__repr__() + ')'
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = int.__hash__

m = MyInt(4)
print(m + 1, 1 + m, m - 1, m * 2, -m, ~m, abs(MyInt(-3)), repr(m), str(m), m == 4, m == 4.0, m != 5)
print(m.bit_length(), m.to_bytes(2, 'big'), MyInt.from_bytes(b'\x07'), type(MyInt.from_bytes(b'\x07')).__name__)
print(m.as_integer_ratio(), m.real, m.numerator, int(m), type(int(m)).__name__, float(m), hash(m) == hash(4), {m: 1}[4])
print(isinstance(m, int), m < 5, 5 > m, sorted([MyInt(3), 1, MyInt(2)]), m // 3, m % 3, divmod(m, 3), m ** 2, m << 2)

class Meters(float):
    def __add__(self, other):
        return Meters(float.__add__(self, other))
    def __repr__(self):
        return f'{float.__repr__(self)}m'

d = Meters(1.5)
print(d + 2, 2 + d, d * 2, d.is_integer(), d.as_integer_ratio(), d.hex(), round(d), -d, d > 1, int(d), repr(Meters(2) + 0.25))
print(Meters.fromhex('0x1.8p1'), type(Meters.fromhex('0x1p0')).__name__)

class Flags(int):
    pass

f = Flags(6)
print(f & 3, f | 1, f ^ 15, f >> 1, type(f & 3).__name__, f.bit_count(), f + True, repr(f), f.__index__())
class MI(int):
    def __abs__(self): return 'abs!'
    def __divmod__(self, o): return 'dm!'
    def __pow__(self, o, m=None): return 'pow!'
    def __str__(self): return 'MI-str'
    def __float__(self): return 1.25
    def __index__(self): return 99
class MF(float):
    def __int__(self): return 42
    def __bool__(self): return False
m, f = MI(5), MF(2.5)
print(abs(m), divmod(m, 2), pow(m, 2), m ** 2, str(m), repr(m), float(m), int(m), hex(m), [0, 1, 2, 3, 4, 5][m], f'{m}')
print(int(f), bool(f), float(f), abs(f), divmod(f, 2), pow(f, 2), round(f), f == 2.5, f < 3, -f, +f)
print(divmod(7, MI(2)), 7 ** MI(2) if False else 0, abs(MI(-3)) , bool(MI(0)), MI(0) or 'falsy')
