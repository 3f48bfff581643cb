# match with literal, capture, wildcard and or-patterns.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case x if isinstance(x, int) and x < 0:
            return "negative " + str(x)
        case _:
            return "other " + repr(v)
for v in (0, 2, "hello", None, True, -5, 99, "x", 1.0):
    print(repr(v), describe(v))
