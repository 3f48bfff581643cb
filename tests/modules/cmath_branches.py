import cmath
for z in [complex(-2, 0.0), complex(2, 0.0), complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z), cmath.acos(z), cmath.atanh(z), cmath.acosh(z))
print(cmath.sqrt(complex(1e-320, 1e-320)), cmath.log(complex(1e-320, 0)), cmath.log(complex(1e308, 1e308)))
print(cmath.exp(complex(709.5, 0.5)), cmath.sinh(complex(710, 0.1)), cmath.tanh(complex(800, 0.5)))
print(cmath.asinh(complex(1e200, 1e200)), cmath.acos(complex(1e200, -1e200)), cmath.atan(complex(1e200, 1)))
print(cmath.atanh(complex(1, 1e-200)), cmath.polar(complex(3e300, 4e300)))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
print(cmath.sqrt(C()), cmath.exp(F()), cmath.phase(C()), abs(cmath.rect(2, 1)))
