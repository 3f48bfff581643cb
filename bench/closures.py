# Closures: creating and calling closures, nonlocal counters.
def make_adder(n):
    def add(x):
        return x + n
    return add
def make_counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
total = 0
adders = [make_adder(i) for i in range(100)]
for rep in range(75000):
    for a in adders[:50]:
        total = a(total) & 0xFFFFFF
inc = make_counter()
for _ in range(3750000):
    inc()
print("checksum", total, inc())
