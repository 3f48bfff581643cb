# Generator cleanup: finally on exhaustion, close, garbage of unfinished generators, try/except GeneratorExit.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise
    finally:
        print("close", name)
for x in resource("a"):
    print(x)
g = resource("b")
print(next(g))
g.close()
print("after close")
def first(it):
    for x in it:
        return x
rc = resource("c")
print(first(rc))
rc.close()
print("closed c explicitly")
def nested():
    g = resource("inner")
    try:
        yield next(g)
        yield next(g)
    finally:
        g.close()
        print("nested finally")
n = nested()
print(next(n))
n.close()
def swallow():
    try:
        yield 1
    finally:
        return
s = swallow()
next(s)
s.close()
print("swallow closed")
def yielding_finally():
    try:
        yield 1
    finally:
        yield "bad"
y = yielding_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
