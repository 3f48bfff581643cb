import math
# Values CPython's C library rounds correctly; Pyrite computes them in double-double.
for x in [1, -1, 0.5, 2, 10, -10, 100, 700, -700, 1e-10, 0.1]:
    print("exp", x, math.exp(x))
for x in [2, 3, 10, 0.5, 1e-5, 1e10, 123.456, 7, 1e308, 5e-324]:
    print("log", x, math.log(x), math.log2(x), math.log10(x))
for x in [1, 2, 3, 0.5, -0.7, 10, 100, 1e5, 3.14159]:
    print("trig", x, math.sin(x), math.cos(x), math.tan(x))
print(math.log10(10**20), math.log2(2**-1074), math.log(math.e), math.exp(math.log(7)))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.sin(-0.0), math.tan(-0.0))
print(math.exp(-745.1), math.exp(-740), math.exp(709.7), math.sin(1e300), math.cos(1e22))
for x in [0.5, 1.5, 2.5, 3.7, 10.1, 25.5, 100.3, 170.5, -0.5, -1.5, -2.7, -10.3, 1e-25]:
    print("gamma", x, math.gamma(x), math.lgamma(x))
print(math.gamma(23), math.gamma(24), math.lgamma(1e300), math.gamma(-201.5), math.lgamma(-0.5))
