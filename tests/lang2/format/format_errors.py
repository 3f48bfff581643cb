# Bad format specs and their errors across format(), f-strings and str.format.
cases = [(5, "abc"), (5, ".2d"), ("s", "d"), (1.5, "c"), ("s", "+"), ("s", "="), (5, "="), (1, "z"),
         ([1], "d"), (None, ">5"), (5, ",s"), ("x", "#"), (1e10, "c"), (5, "_,"), (5, ",_"),
         (-1, "c"), (0x110000, "c"), (3.5, "n"), ("abc", ".2f"), (True, "s")]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for tmpl in ("{:abc}", "{0:{1}}", "{:>{}}", "{:{}{}x}"):
    try:
        print(tmpl.format(1, "q"))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
v = 3
for spec in ("d", "5", "x", "q"):
    try:
        print(f"{v:{spec}}")
    except ValueError as e:
        print(type(e).__name__, e)
