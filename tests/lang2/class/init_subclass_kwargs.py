# __init_subclass__ with keyword arguments, inherited hooks, and default values.
class Shape:
    kinds = {}
    def __init_subclass__(cls, /, kind=None, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        cls.sides = sides
        Shape.kinds[cls.kind] = cls
class Triangle(Shape, kind="tri", sides=3):
    pass
class Square(Shape, sides=4):
    pass
class Blob(Shape):
    pass
class RightTriangle(Triangle, kind="right"):
    pass
print(sorted(Shape.kinds))
for k in sorted(Shape.kinds):
    c = Shape.kinds[k]
    print(k, c.__name__, c.sides)
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Tracker:
    seen = []
    def __init_subclass__(cls):
        Tracker.seen.append((cls.__name__, [b.__name__ for b in cls.__bases__]))
class T1(Tracker): pass
class T2(T1): pass
class Other: pass
class T3(Other, T2): pass
print(Tracker.seen)
