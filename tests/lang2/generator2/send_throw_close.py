# send(), throw() and close(): resuming with values, injecting exceptions, GeneratorExit.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except KeyError as e:
                print("gen handled KeyError", e)
                received.append("K")
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(KeyError("x")))
print(g.send("c"))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("send after close: StopIteration")
def fresh():
    yield 1
g = fresh()
try:
    g.send("value")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
g = fresh()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early throw propagates:", e)
print(next(g, "finished"))
def refuses():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "no"
g = refuses()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returns_on_close()
next(g)
print(g.close())
def throw_type():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
g = throw_type()
next(g)
print(g.throw(IndexError))
