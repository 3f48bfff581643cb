# except with tuples, order of clauses, re-raise, bare except, exception variable is cleared.
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "no error"
print(classify(lambda: {}[1]), classify(lambda: [][0]), classify(lambda: 1 / 0))
print(classify(lambda: int("z")), classify(lambda: None))
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print(type(ne).__name__, ne)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging")
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
try:
    try:
        1 / 0
    except:
        print("bare except")
        raise
except ZeroDivisionError:
    print("outer got it")
ERRS = (TypeError, ValueError)
try:
    int([])
except ERRS as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def raise_no_active():
    raise
try:
    raise_no_active()
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
try:
    raise IndexError("i")
except IndexError:
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
print(sys.exc_info())
