# Integer arithmetic: an LCG, gcd, and modular arithmetic in a loop.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
seed = 42
acc = 0
for i in range(1200000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    acc = (acc + gcd(seed, i + 1) * (seed >> 16)) % 1000000007
print("checksum", acc)
