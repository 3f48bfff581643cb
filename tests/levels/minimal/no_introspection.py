# The minimal level has no attributes on tracebacks, frames, code objects and cells, and no
# sys._getframe (as MicroPython): each is an AttributeError; locals(), globals(), function
# names and tracebacks printed for uncaught errors still work.
import sys


def attempt(label, f):
    try:
        print(label, "->", f())
    except AttributeError as e:
        print(label, "-> AttributeError:", e)


def outer():
    x = 1

    def inner():
        return x

    return inner


try:
    1 // 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(type(tb).__name__)
attempt("tb.tb_lineno", lambda: tb.tb_lineno)
attempt("tb.tb_frame", lambda: tb.tb_frame)
attempt("code.co_name", lambda: outer.__code__.co_name)
attempt("cell_contents", lambda: outer().__closure__[0].cell_contents)
attempt("sys._getframe", lambda: sys._getframe())
print(hasattr(sys, "_getframe"), outer.__name__, outer().__name__, outer()())


def local_view(a, b=2):
    c = a + b
    return sorted(locals().items())


print(local_view(1), "local_view" in globals())


def gen():
    yield 1
    yield 2


g = gen()
next(g)
for name in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom"):
    attempt("g." + name, lambda: getattr(g, name))
print(g.__name__, g.__qualname__, list(g), next(gen()))
