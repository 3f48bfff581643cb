# Builtin modules that Pyrite provides: sys, math, and module attributes.
import sys
import math
print(math.sqrt(16), math.pi > 3.14, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 300, math.factorial(20))
print(type(sys.argv).__name__, sys.maxsize > 2 ** 30, type(sys.path).__name__)
print(__name__, type(math).__name__)
