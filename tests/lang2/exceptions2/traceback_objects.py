# Traceback objects: walking tb_next, line numbers and function names of each frame; closures' cells.
def level2():
    raise KeyError("deep")
def level1():
    level2()
try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, c.__name__, c.__qualname__)
def f(a, b=2, *args, c, **kw):
    x = 1
    return x
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno, e.with_traceback(None).__traceback__)
