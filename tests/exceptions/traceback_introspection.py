# Traceback, frame, code and cell objects: tb_next chains, line numbers, locals, code attributes.
import sys


def inner(x):
    y = x * 2
    raise KeyError(y)


def outer():
    inner(21)


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, sorted(k for k in f.f_locals if not k.startswith("__")), tb.tb_lasti >= 0)
        tb = tb.tb_next
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_locals["y"], last.tb_frame.f_back.f_code.co_name)
    print(last.tb_frame.f_globals is globals())


def where():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, sys._getframe(1).f_code.co_name


print(where())
try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError", e)


def make(a, b=2, /, c=3, *rest, d, e=5, **kw):
    total = a + b
    def add(z):
        return z + total + a
    return add


co = make.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_firstlineno, co.co_filename.endswith(".py"))
add = make(1, d=4)
print(add.__code__.co_freevars, [c.cell_contents for c in add.__closure__], add(10))


def unbound():
    def use():
        return later
    cell = use.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    later = 1
    return cell.cell_contents


print(unbound())
