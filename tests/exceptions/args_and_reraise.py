# e.args, str(e), repr(e), bare raise re-raises.
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(e.args, repr(str(e)), repr(e))
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handles, then re-raises")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got", e)
err = TypeError("made")
try:
    raise err
except TypeError as e:
    print(e is err, e)
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
    print(saved)
    print(e)
except NameError as err:
    print("the except target is unbound after the block:", err)
