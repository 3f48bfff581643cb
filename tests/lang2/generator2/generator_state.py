# Generator state and introspection: gi_running, gi_frame, gi_yieldfrom, re-entrancy errors.
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_running, g.gi_frame)
g2 = gen()
g2.close()
print(g2.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(gen.__name__, g.__name__, g.__qualname__, type(g).__name__, type(gen).__name__)
class Box:
    def items(self):
        yield from range(2)
print(Box().items().__qualname__, list(Box().items()))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
