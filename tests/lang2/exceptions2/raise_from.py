# raise ... from ...: __cause__, __context__, __suppress_context__.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config") from e
try:
    parse("x")
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
