# The minimal level cannot round an int to negative ndigits (MicroPython's
# MICROPY_PY_BUILTINS_ROUND_INT): that is a NotImplementedError; round(int) and a
# non-negative ndigits return the int.
for label, f in [
    ("round(1234, -2)", lambda: round(1234, -2)),
    ("(1250).__round__(-2)", lambda: (1250).__round__(-2)),
]:
    try:
        print(label, f())
    except NotImplementedError as e:
        print(label, "NotImplementedError:", e)
print(round(1234), round(1234, 0), round(-7, 3), round(True), type(round(5, 2)).__name__)
