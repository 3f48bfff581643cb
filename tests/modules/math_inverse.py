import math
for x in [0.5, -0.5, 0.1, 0.9, 0.99, -0.999, 1e-5, 1, -1, 0.0]:
    print("inv", x, math.asin(x), math.acos(x), math.atan(x))
for x in [2, -3, 10, 1e10, -1e300, 7.5]:
    print("atan", x, math.atan(x), math.asinh(x))
for y, x in [(1, 2), (-1, 2), (1, -2), (-1, -2), (3, 0.5), (0.0, -1), (-0.0, -1), (1e-300, 1e300), (5, 5)]:
    print("atan2", y, x, math.atan2(y, x))
for x in [0.1, 0.3, 1, 2.5, 10, 21, 25, 700, -0.2, -3]:
    print("hyp", x, math.sinh(x), math.cosh(x), math.tanh(x))
for x in [1, 1.5, 2, 3, 10, 1e5, 1e10]:
    print("acosh", x, math.acosh(x))
for x in [2, 5, 10, 0.001, 123456.789, 1e-310, 1e300]:
    print("log10", x, math.log10(x))
