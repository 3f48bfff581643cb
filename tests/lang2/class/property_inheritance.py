# Properties in inheritance: overriding, extending with super(), setter-only override, abstract-ish properties.
class Shape:
    def __init__(self):
        self._name = "shape"
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
    @property
    def sides(self):
        raise NotImplementedError(type(self).__name__ + ".sides")
class Square(Shape):
    @property
    def sides(self):
        return 4
    @Shape.name.getter
    def name(self):
        return "square:" + self._name
class Loud(Shape):
    @Shape.name.setter
    def name(self, v):
        Shape.name.fset(self, v.upper())
s = Square()
s.name = "  mine  "
print(s.name, s.sides)
l = Loud()
l.name = " quiet "
print(l.name)
try:
    l.sides
except NotImplementedError as e:
    print(type(e).__name__, e)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc="the area")
    perimeter = property(fget=lambda self: 2 * (self.w + self.h))
c = Computed(2, 3)
print(c.area, c.perimeter, Computed.area.__doc__)
try:
    c.area = 7
except AttributeError as e:
    print(type(e).__name__, e)
class Counter:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return type(self)._count
k = Counter()
print(k.count, k.count, Counter().count)
print(type(Square.sides).__name__, Square.name.fset is Shape.name.fset, Loud.name.fget is Shape.name.fget)
