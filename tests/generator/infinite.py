# Infinite generators stopped with break or next.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break
f = fib()
print([next(f) for _ in range(20)])
for x in fib():
    if x > 10 ** 30:
        print(x)
        break
def cycle(items):
    while True:
        for i in items:
            yield i
c = cycle("ab")
print("".join(next(c) for _ in range(7)))
