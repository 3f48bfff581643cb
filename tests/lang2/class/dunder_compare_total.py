# Rich comparisons and NotImplemented fallback.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        if isinstance(o, Money):
            return self.cents == o.cents
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Money):
            return self.cents < o.cents
        return NotImplemented
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")
a, b = Money(150), Money(99)
print(a == Money(150), a != b, b < a, a > b, a <= a, b >= a, a == 150)
print(sorted([a, b, Money(5)]), min(a, b), max([a, b]))
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
