# yield from: throw(), close() and send() pass through to the sub-generator.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
        return "inner-done"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g, "end"))

g = outer()
print(next(g))
g.close()
print("closed")

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def wrap():
    res = yield from counter()
    yield ("result", res)

w = wrap()
next(w)
print(w.send(5), w.send(10))
print(w.send(None))
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_yieldfrom)
