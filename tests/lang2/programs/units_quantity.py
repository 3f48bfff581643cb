# A Quantity class with units: arithmetic with unit checking, __format__ with custom specs, conversions, errors.
class UnitError(TypeError):
    pass
class Quantity:
    FACTORS = {"m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01),
               "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0)}
    def __init__(self, value, unit):
        if unit not in self.FACTORS:
            raise ValueError(f"unknown unit {unit!r}")
        self.value, self.unit = value, unit
    @property
    def dimension(self):
        return self.FACTORS[self.unit][0]
    def to(self, unit):
        dim, f = self.FACTORS[unit]
        if dim != self.dimension:
            raise UnitError(f"cannot convert {self.dimension} to {dim}")
        return Quantity(self.value * self.FACTORS[self.unit][1] / f, unit)
    def __add__(self, o):
        if not isinstance(o, Quantity):
            return NotImplemented
        return Quantity(self.value + o.to(self.unit).value, self.unit)
    def __sub__(self, o):
        return self + Quantity(-o.value, o.unit)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o):
        if isinstance(o, Quantity):
            if o.dimension == self.dimension:
                return self.value / o.to(self.unit).value
            return f"{self.value / o.value:g} {self.unit}/{o.unit}"
        return Quantity(self.value / o, self.unit)
    def __eq__(self, o):
        return isinstance(o, Quantity) and o.dimension == self.dimension and abs(self.value - o.to(self.unit).value) < 1e-9
    def __lt__(self, o):
        return self.value < o.to(self.unit).value
    def __format__(self, spec):
        unit = self.unit
        if "@" in spec:
            spec, unit = spec.split("@")
        q = self.to(unit)
        return f"{format(q.value, spec)} {unit}"
    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"
run = Quantity(5, "km") + Quantity(500, "m")
print(run, f"{run:.1f}", f"{run:,.0f@m}", f"{run:.3e@cm}")
t = Quantity(30, "min") * 2
print(t, f"{t:.2f@h}", 2 * Quantity(1, "s"), run / t, run / Quantity(1, "km"))
print(Quantity(1, "km") == Quantity(1000, "m"), sorted([Quantity(3, "m"), Quantity(1, "km"), Quantity(50, "cm")]))
print(max(Quantity(1, "h"), Quantity(59, "min")), Quantity(10, "m") - Quantity(1, "m"))
for bad in (lambda: Quantity(1, "m") + Quantity(1, "s"), lambda: Quantity(1, "m") + 5, lambda: Quantity(1, "parsec"),
            lambda: f"{Quantity(1, 'm'):.1f@h}", lambda: Quantity(1, "m") * "x"):
    try:
        bad()
    except (UnitError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
