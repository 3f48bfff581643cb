import math
def r(x):
    return round(x, 12)
for x in [0, 0.5, 1, -1, 2.5, math.pi / 6]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.atan(x)))
for x in [0, 0.5, -0.5, 1, -1]:
    print(x, r(math.asin(x)), r(math.acos(x)))
for x in [0, 0.5, -2, 3]:
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0.5)), r(math.atanh(-0.5)))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.atan2(1, 0), math.atan2(0, 0), math.atan2(math.inf, math.inf) == math.pi / 4)
print(math.sin(0.0), math.sin(-0.0), math.tanh(math.inf), math.tanh(-math.inf))
print(math.atan(math.inf) == math.pi / 2, math.cos(0))
print(r(math.erf(0.5)), r(math.erfc(0.5)), math.erf(0), math.erfc(0), math.erf(math.inf))
print(math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi), r(math.gamma(-1.5)))
print(math.lgamma(1), math.lgamma(2), r(math.lgamma(10)), math.lgamma(math.inf))
