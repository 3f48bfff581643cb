# __context__, __cause__ and __suppress_context__ in every combination.
def show(e):
    ctx = e.__context__
    cause = e.__cause__
    print(type(e).__name__, str(e),
          "context:", type(ctx).__name__ if ctx else None,
          "cause:", type(cause).__name__ if cause else None,
          "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("explicit") from k
except TypeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    show(e)
try:
    raise LookupError("direct") from OSError("os")
except LookupError as e:
    show(e)
e = ValueError("fresh")
show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise NameError("c")
except NameError as e:
    show(e)
    show(e.__context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
err = RuntimeError("manual")
err.__cause__ = KeyError("set by hand")
print(type(err.__cause__).__name__, err.__suppress_context__)
try:
    raise ValueError from ValueError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
