# with blocks exited by return, break, continue, yield and generators closed mid-with.
class Trace:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
def find(items, target):
    for i in items:
        with Trace(i):
            if i == target:
                return "found " + str(i)
    return "absent"
print(find([1, 2, 3], 2))
for i in range(4):
    with Trace(i):
        if i == 0:
            continue
        if i == 2:
            break
print("loop done")
def gen():
    with Trace("g"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print(list(gen()))
def nested_return():
    with Trace("outer"):
        with Trace("inner"):
            return "value"
print(nested_return())
def gen_exc():
    with Trace("ge"):
        yield 1
g = gen_exc()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown out", e)
