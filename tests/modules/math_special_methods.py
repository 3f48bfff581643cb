import math
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class R:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.sqrt(F()), math.floor(F()), math.ceil(F()), math.isfinite(F()))
print(math.factorial(I()), math.gcd(I(), 21), math.isqrt(I()), math.comb(I(), 2), math.sqrt(I()))
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
print(math.floor(True), math.ceil(False), math.trunc(-7), math.fabs(True))
print(math.sqrt(2**100), math.log(2**64, 2), math.exp(False))
print(math.hypot(F(), 3), math.copysign(I(), -1), math.ldexp(F(), 3))
try:
    math.ldexp(1.0, I())
except TypeError as e:
    print("TypeError", e)
print(math.prod([I(), 2]) if False else math.prod([2, 3], start=0.5))
print(math.fsum([F(), 1, 0.75]), math.dist([F()], [0]))
try:
    math.factorial(F())
except TypeError as e:
    print("TypeError", e)
try:
    math.trunc(F())
except TypeError as e:
    print("TypeError", e)
class Bad:
    def __float__(self):
        return "no"
try:
    math.sqrt(Bad())
except TypeError as e:
    print("TypeError")
