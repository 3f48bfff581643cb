# Exceptions raised inside generators propagate to the consumer; generators are finished afterwards.
def gen():
    yield 1
    raise ValueError("inside gen")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def safe(it):
    try:
        yield from it
    except ValueError as e:
        yield "recovered: " + str(e)
print(list(safe(gen())))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
print(list(with_finally()))
g = with_finally()
next(g)
g.close()
print("closed")
def catches_in_loop(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(catches_in_loop([1, 0, 5])))
def bad_generator():
    yield 1
    return 1 / 0
try:
    for v in bad_generator():
        print("v", v)
except ZeroDivisionError as e:
    print("loop stopped:", e)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
