# Factorials, products and sums with big ints.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
z = 0
while f100 % 10 == 0:
    f100 //= 10
    z += 1
print("trailing zeros", z)
print(fact(60) // fact(58), 60 * 59)
