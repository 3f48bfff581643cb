# Generator state and introspection: gi_running, gi_frame, gi_suspended via inspect, re-entrancy errors.
import inspect
def gen():
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_running)
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
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
print(gen.__name__, g.__name__, g.__qualname__, inspect.isgeneratorfunction(gen), inspect.isgenerator(g))
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
