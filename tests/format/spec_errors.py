# format-spec errors for ints and floats, with CPython's exact messages
cases = [(1, "s"), (1.5, "d"), (1.5, "x"), (1, ".2"), (1, ".2d"), (1, ",c"), (1, "#c"), (1, "+c"),
         (1, ",x"), (1, ",b"), (1, ",o"), (1, ",n"), (1, ",_"), (1, "_,"), (1, ",,"), (1.5, "."),
         (1.5, ".f"), (1, "z"), (1, "zd"), (-1, "c"), (0x110000, "c"), (1, "abc"), (1.5, "10.2fx"),
         (1, "=^5"), (1.5, "q"), (1, "99999999999999999999"), (1.5, ".99999999999999999999"),
         (True, "s"), (1, "\u00e9"), (1.5, ",_")]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print("{:>{}}".format("a", 3), "{:{}{}}".format(1, "<", 4) + "|")
for bad in [lambda: format(1, 2), lambda: format("a", None), lambda: format(1.5, b"f")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
