# format() and __format__ on user classes, inherited from object, delegated to builtins.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"({self.x:{inner}}, {self.y:{inner}})"
        if spec == "":
            return f"P[{self.x},{self.y}]"
        raise ValueError(f"bad spec {spec!r}")
p = Point(1.5, -2)
print(format(p), format(p, ".2fp"), f"{p:>6p}", "{:p}".format(p), f"{p}")
try:
    f"{p:q}"
except ValueError as e:
    print(type(e).__name__, e)
class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC} {t:.2f} {t}")
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>8}")
try:
    format(Plain(), ">8")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(Plain(), ""))
print(format(3, ""), format("s", ""), format(None), format([1, 2]), format(2.0))
