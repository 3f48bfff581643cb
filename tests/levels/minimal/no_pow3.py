# The minimal level has no three-argument pow (MicroPython's MICROPY_PY_BUILTINS_POW3):
# pow(base, exp, mod) is a TypeError; two-argument pow and ** work (int.__pow__ is not an
# attribute at this level: no_special_methods.py).
for label, f in [
    ("pow(3, 4, 5)", lambda: pow(3, 4, 5)),
    ("pow(3, -1, 7)", lambda: pow(3, -1, 7)),
    ("pow(base=2, exp=10, mod=1000)", lambda: pow(base=2, exp=10, mod=1000)),
]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
print(pow(3, 4), pow(-2, 63), 2 ** 10, pow(7, 0), pow(3, 4, None))
