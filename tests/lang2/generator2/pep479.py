# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(safe_next(iter([1, 2, 3]))))
def returns():
    yield 1
    return "val"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()])
try:
    list(x for x in uses_next(iter("ab")))
except RuntimeError as e:
    print("genexp", type(e).__name__)
