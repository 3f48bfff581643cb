# __index__ for range() and repetition, bytes() with __index__/__bytes__, __len__ results,
# protocols switched off with None, complex() with __complex__ and complex format specs.
class I:
    def __index__(self):
        return 2
print(list(range(I())), list(range(-1, 5, I())), "ab" * I(), I() * "x", [0] * I(), (1,) * I())
print(b"x" * I(), bytearray(b"y") * I(), bytes(I()), bytearray(I()))
class B:
    def __bytes__(self):
        return b"xy"
class BadB:
    def __bytes__(self):
        return 5
class Plain:
    pass
class It:
    def __iter__(self):
        return iter([1, 2])
print(bytes(B()), bytes(It()), bytearray(It()))
class StrIndex:
    def __index__(self):
        return "x"
class HugeLen:
    def __len__(self):
        return 2 ** 70
for bad in (lambda: bytes(BadB()), lambda: bytes(Plain()), lambda: bytearray(B()),
            lambda: range(StrIndex()), lambda: "a" * StrIndex(), lambda: [1][StrIndex()],
            lambda: len(HugeLen()), lambda: range(Plain()), lambda: [0] * Plain()):
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class Off:
    __iter__ = None
    __contains__ = None
    __reversed__ = None
    __len__ = None
    def __getitem__(self, i):
        return i
for bad in (lambda: iter(Off()), lambda: 1 in Off(), lambda: reversed(Off()), lambda: len(Off())):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class NoProto:
    pass
for bad in (lambda: 3 in NoProto(), lambda: reversed(NoProto())):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class Cx:
    def __complex__(self):
        return 1 + 2j
class BadCx:
    def __complex__(self):
        return 5
print(complex(Cx()), complex(Cx(), 1))
try:
    complex(BadCx())
except TypeError as e:
    print("TypeError", e)
z = 3 + 4j
print(format(z, ".2f"), format(1 - 2j, ">12"), format(2j, "+"), format(z, "*^14.1e"), format(z, ""))
for spec in ("010", "=10", "%", "d"):
    try:
        format(z, spec)
    except ValueError as e:
        print("ValueError", e)
for a, b in ((True, 1), (1, True), (True, True), (1, 2)):
    try:
        a @ b
    except TypeError as e:
        print("TypeError", e)
