# Subclassing int, float and str: arithmetic returns the base type unless overridden.
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
    def __str__(self):
        return f"{int(self) / 100:.2f}"
    def __add__(self, other):
        return Cents(int(self) + int(other))
c = Cents(250)
print(c, repr(c), c + 5, type(c + 5).__name__, type(c * 2).__name__, c * 2)
print(isinstance(c, int), c == 250, hash(c) == hash(250), c < 300, [10, 20, 30][Cents(1)])
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(0b101)
print(f.has(1), f.has(2), f.has(4), f | 2, type(f | 2).__name__, bin(f))
class Meters(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
m = Meters(2.5, "km")
print(m, m.unit, m * 2, type(m * 2).__name__, round(m))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n.capitalize(), type(n.upper()).__name__, n == "bob", {n: 1}["bob"], n[0], len(n))
class Bool2(int):
    pass
print(Bool2(True), Bool2("12"), Bool2("ff", 16))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
