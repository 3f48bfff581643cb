# `yield from` a user iterator: the value of its StopIteration is the result; send() goes to
# the iterator's own send.
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("counted")
        self.n -= 1
        return self.n
class Echo(Counter):
    def send(self, v):
        if v == "stop":
            raise StopIteration(("echo done", self.n))
        return ("echo", v)
def outer(it):
    r = yield from it
    yield ("result", r)
print(list(outer(Counter(3))))
g = outer(Echo(2))
print(next(g), g.send("hi"), g.send("stop"))
class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(outer(Bare())))
class Sub(StopIteration):
    pass
class Custom(Counter):
    def __next__(self):
        raise Sub(7)
print(list(outer(Custom(1))))
class NotIter:
    def __iter__(self):
        return 5
try:
    list(outer(NotIter()))
except TypeError as e:
    print("TypeError", e)
def gen_outer():
    r = yield from iter([1, 2])
    yield ("list result", r)
print(list(gen_outer()))
