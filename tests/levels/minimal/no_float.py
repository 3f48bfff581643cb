# The minimal level has no float type (MicroPython's MICROPY_FLOAT_IMPL_NONE): every place a
# float would appear raises a clear exception, and the VM goes on.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for source in ["1.5", "x = .5", "1e3", "2j", "10E-2", "[1, 2.0]", "1_000.5"]:
    try:
        exec(source)
        print(source, "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg)

attempt("7 / 2", lambda: 7 / 2)
attempt("10**12 / 3", lambda: 10**12 / 3)
attempt("2 ** -1", lambda: 2 ** -1)
attempt("pow(3, -2)", lambda: pow(3, -2))
attempt("int.__truediv__", lambda: int.__truediv__(1, 2))
attempt("'{:e}'.format(3)", lambda: "{:e}".format(3))
attempt("'{:.2f}'.format(3)", lambda: "{:.2f}".format(3))
attempt("format(5, '%')", lambda: format(5, "%"))
attempt("format(3, 'g')", lambda: format(3, "g"))
attempt("float", lambda: float)
attempt("complex", lambda: complex)
attempt("hasattr(1, '__float__')", lambda: hasattr(1, "__float__"))


def augmented():
    x = 9
    x /= 3
    return x


attempt("x /= 3", augmented)

# What remains works as in CPython.
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** 10, pow(3, 4))
print(round(7), round(1234, -2), round(-1250, -2), abs(-5), hash(12345))
print("{} {:5d} {:<4d}| {:x} {:o} {:c}".format(42, 7, 3, 255, 8, 65), "{:>6}".format(12), "{:#x}".format(255))
print(int("  42 "), int("-0x1f", 16), sum(range(101)), max([3, 9, 2]), sorted([3, 1, 2]))
print(isinstance(1, int), type(True).__name__, 10 == 10, 3 < 4 < 5)
