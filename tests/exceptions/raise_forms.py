# raise with classes and instances; exceptions as values.
for exc in (ValueError, ValueError("inst"), KeyError, IndexError("i", 2)):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, e.args)
errors = [ZeroDivisionError("a"), TypeError("b")]
for e in errors:
    print(isinstance(e, ArithmeticError), str(e), type(e).__name__)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
e = Exception("x", 1)
print(e.args, len(e.args), str(Exception()), repr(Exception("q")))
