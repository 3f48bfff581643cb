# Closures that produce generators, and generators that return closures.
def make_range(step):
    def gen(n):
        i = 0
        while i < n:
            yield i
            i += step
    return gen
by3 = make_range(3)
print(list(by3(10)), list(make_range(5)(21)))
def multipliers():
    for k in range(1, 4):
        yield lambda x, k=k: x * k
print([m(10) for m in multipliers()])
