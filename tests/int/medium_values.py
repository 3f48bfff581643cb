# Integers just past the small-int range (31 bits) up to 64 bits and across into big ints:
# the arithmetic fast path must agree with the general one at every boundary.
edges = [2**30 - 1, 2**30, 2**31, 2**32 - 1, 2**32, 2**53, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**64]
vals = edges + [-e for e in edges] + [0, 1, -1, 7, -7, 1103515245]
acc = 0
for x in vals:
    for y in vals:
        r = [x + y, x - y, x * y, x & y, x | y, x ^ y]
        if y:
            r += [x // y, x % y, x / y]
        if 0 <= y < 70:
            r += [x >> y, x << y]
        acc = (acc * 31 + hash(tuple(r))) % (2**61 - 1)
print(acc)
print(-2**63 // -1, -2**63 % -1, (2**53 + 1) / 3, 2**63 - 1 + 1, -(2**63) - 1)
seed = 42
for i in range(1000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
print(seed)
