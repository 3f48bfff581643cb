# __call__: functors, memoizing decorators written as classes, callable().
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 10])))
print(callable(add5), callable(Adder), callable(5), callable(len), callable("s"))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0
    def __call__(self, *args):
        if args not in self.cache:
            self.calls += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.calls, type(fib).__name__)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.fn(*a, **k)
@CountCalls
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("a"), greet("b", punct="?"), greet.count)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__)
print(sorted(["bb", "a", "ccc"], key=Adder(0).__class__ and len))
