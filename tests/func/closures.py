# Closures capture variables, not values; nonlocal counters.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in make_adders()])
def outer():
    x = "first"
    def get():
        return x
    x = "second"
    return get
print(outer()())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2))
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += b
            return a
        return level3
    f = level2()
    f()
    return f(), a
print(level1())
