# Functions as values: passing, returning, storing.
def apply_twice(f, x):
    return f(f(x))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
def double(x):
    return x * 2
def inc(x):
    return x + 1
print(apply_twice(double, 3), apply_twice(inc, 0), compose(double, inc)(5), compose()(7))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(str, [1, 2]), my_reduce(lambda a, b: a * b, range(1, 6), 1))
table = [double, inc, abs, str]
print([f(-4) for f in table])
print(double.__name__, callable(double), callable(5))
def partial(f, *bound):
    return lambda *rest: f(*bound, *rest)
print(partial(max, 10)(3, 20), partial(pow, 2)(8))
