# Matching on tuples of mixed literals and types, like a tiny evaluator.
def ev(e):
    match e:
        case int() | float():
            return e
        case ("neg", x):
            return -ev(x)
        case ("+", a, b):
            return ev(a) + ev(b)
        case ("*", a, b):
            return ev(a) * ev(b)
        case ("sum", *xs):
            return sum(ev(x) for x in xs)
        case _:
            raise ValueError("bad expression " + repr(e))
print(ev(("+", 1, ("*", 2, 3))), ev(("neg", ("sum", 1, 2, 3.5))), ev(("sum",)))
try:
    ev(("/", 1, 2))
except ValueError as err:
    print(err)
