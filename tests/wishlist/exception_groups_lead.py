# wishlist: ExceptionGroup and except* are not implemented (docs/differences.md).
# ExceptionGroup and except* (3.11).
def fail_many():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    fail_many()
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("a"), IndexError(1)])
match_, rest = eg.split(KeyError)
print(match_.exceptions, rest.exceptions, str(eg))
