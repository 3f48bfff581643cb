# yield from: delegation, return values, flattening.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from range(3, 5)
    yield from "ab"
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating_send():
    def sub():
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    result = yield from sub()
    yield "final " + str(result)
g = delegating_send()
print(next(g), g.send(3), g.send(4), g.send(None))
