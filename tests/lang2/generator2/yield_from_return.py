# yield from: the value of the expression is the subgenerator's return value; delegation of send.
def averager():
    total = 0.0
    count = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        count += 1
    return (count, total / count if count else 0)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in (("a", [1, 2, 3]), ("b", [10, 20])):
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(sorted(results.items()))
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    return "outer-done"
g = outer()
print(list(g))
def catch_stop():
    g = outer()
    while True:
        try:
            next(g)
        except StopIteration as e:
            return e.value
print(catch_stop())
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]))))
def ret_only():
    return 5
    yield
print(list(ret_only()))
try:
    next(ret_only())
except StopIteration as e:
    print("value", e.value, e.args)
