# throw() and close() are forwarded through yield from to the innermost generator.
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner caught", e)
        yield "i-recovered"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("inner finished", r)
        yield "o1"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "o-recovered"
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("---")
g = outer()
print(next(g))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("escaped", type(e).__name__, e)
def delegating_send():
    x = yield from receiver()
    yield "result " + str(x)
def receiver():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
g = delegating_send()
print(next(g), g.send(5), g.send(7), g.send(None))
