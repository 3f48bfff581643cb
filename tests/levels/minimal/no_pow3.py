# The minimal level has no three-argument pow (MicroPython's MICROPY_PY_BUILTINS_POW3):
# pow(base, exp, mod) and int.__pow__ with a modulus are a TypeError; two-argument pow and
# ** work.
for label, f in [
    ("pow(3, 4, 5)", lambda: pow(3, 4, 5)),
    ("pow(3, -1, 7)", lambda: pow(3, -1, 7)),
    ("(3).__pow__(4, 5)", lambda: (3).__pow__(4, 5)),
    ("pow(base=2, exp=10, mod=1000)", lambda: pow(base=2, exp=10, mod=1000)),
]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
print(pow(3, 4), pow(-2, 63), 2 ** 10, pow(7, 0), pow(3, 4, None), (3).__pow__(2))
