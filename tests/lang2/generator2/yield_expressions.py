# yield as an expression: in assignments, arguments, conditionals, lambdas, and generators in classes.
def g1():
    x = yield
    y = (yield x * 2) + 1
    z = yield [x, y]
    return z
g = g1()
next(g)
print(g.send(5), g.send(10))
try:
    g.send("end")
except StopIteration as e:
    print("returned", e.value)
def g2():
    print("got", (yield 1), (yield 2))
g = g2()
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration:
    pass
def g3(items):
    result = []
    for i in items:
        result.append((yield i) if i % 2 else i * 100)
    yield result
print(list(g3([1, 2, 3])))
lam = lambda: (yield "from lambda")
print(list(lam()))
def g4():
    yield
    yield None
print(list(g4()))
def g5():
    total = 0
    while (v := (yield total)) is not None:
        total += v
    yield "final " + str(total)
g = g5()
next(g)
for v in (1, 2, 3):
    g.send(v)
print(g.send(None))
def g6():
    d = {}
    d[(yield "key")] = (yield "value")
    yield d
g = g6()
print(next(g), g.send("k"), g.send("v"))
