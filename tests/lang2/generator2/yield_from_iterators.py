# yield from over arbitrary iterables: iterators with __next__, generators returning values, nested delegation depth.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("ignored value")
        self.n -= 1
        return self.n
def outer():
    r = yield from Countdown(3)
    yield ("countdown result", r)
    r = yield from iter({"a": 1}.items())
    yield ("dict items result", r)
    r = yield from middle()
    yield ("middle result", r)
def middle():
    r = yield from inner()
    return r * 2
def inner():
    yield "inner"
    return 21
print(list(outer()))
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
g = depth(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
def send_through():
    got = yield from echo()
    yield got
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
s = send_through()
print(next(s), s.send("a"), s.send("b"), s.send("c"))
class SendableIter:
    def __iter__(self):
        return self
    def __next__(self):
        return "next called"
def wrap():
    yield from SendableIter()
w = wrap()
print(next(w))
try:
    w.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
