# Each generator has its own "exception being handled": yielding inside an except block hides
# it from the resumer, and a resume restores it; without one, the generator sees the resumer's.
import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        print("gen sees", repr(sys.exc_info()[1]))
        yield 2
    print("after except", sys.exc_info()[1])
    yield 3
x = g()
next(x)
print("outside", sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    next(x)
    print("caller sees", repr(sys.exc_info()[1]))
    next(x)
    print("caller still sees", repr(sys.exc_info()[1]))
print(sys.exc_info()[1])
def h():
    yield 1
    raise
try:
    raise TypeError("t")
except TypeError:
    y = h()
    next(y)
    try:
        next(y)
    except BaseException as e:
        print(type(e).__name__, e)
def chained():
    try:
        yield
    finally:
        raise RuntimeError("cleanup")
c = chained()
next(c)
try:
    try:
        raise IndexError("first")
    except IndexError:
        c.close()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def outer():
    try:
        raise OSError("o")
    except OSError:
        yield from inner()
def inner():
    yield repr(sys.exc_info()[1])
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
print(list(outer()))
