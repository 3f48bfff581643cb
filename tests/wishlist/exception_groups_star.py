# wishlist: ExceptionGroup/except* are a documented difference (docs/differences.md): except* raises NotImplementedError
# ExceptionGroup and except*: splitting by type, nested groups, re-raising the rest.
def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* LookupError as eg:
    print("lookups:", [repr(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", rest.message, sorted(type(e).__name__ for e in rest.exceptions))
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match_, rest = eg.split(ValueError)
print(match_.message, len(match_.exceptions), rest.message, repr(rest.exceptions[0].exceptions[0]))
print(eg.subgroup(TypeError).exceptions[0].message)
print(str(eg), repr(ExceptionGroup("m", [ValueError("x")])))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
g = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(g).__name__)
g2 = BaseExceptionGroup("not base", [ValueError()])
print(type(g2).__name__)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, eg.exceptions)
