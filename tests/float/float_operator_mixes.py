# Float + - * / with floats, small ints, big ints, bools and float subclasses (the VM computes
# the common cases directly; every result must match the general operators).
vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, float("inf"), float("-inf"), 3, -7, 0,
        (1 << 30) - 1, -(1 << 30), 1 << 40, True, False]
out = []
for a in vals:
    for b in vals:
        row = []
        for op in ("+", "-", "*", "/"):
            try:
                r = eval("a %s b" % op)
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: " + str(e))
            except OverflowError as e:
                row.append("OverflowError: " + str(e))
        out.append(" ".join(row))
print(len(out))
for line in out:
    print(line)
nan = float("nan")
print(nan + 1, nan * 0, 1 - nan, nan / 2, (nan + 1.0) == (nan + 1.0))
x = 1.0
for i in range(5):
    x += i
    x *= 1.5
    x -= 0.25
    x /= 2
print(x)
class F(float):
    def __add__(self, o):
        return "F.add"
    def __radd__(self, o):
        return "F.radd"
print(F(1.0) + 2.0, 2.0 + F(1.0), 3 + F(1.0), F(2.0) * 2.0, type(F(2.0) * 2.0).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x = 2.5
    x /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0.1 + 0.2, 1 / 3.0, 7 - 0.5, -3 * 0.1, 2 ** 0.5, 7.5 // 2, 7.5 % 2)
