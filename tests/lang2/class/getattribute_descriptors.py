# Attribute lookup order: data descriptors, instance dict, non-data descriptors, class attrs, __getattr__.
class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)
class NonData:
    def __get__(self, obj, t=None):
        return "non-data descriptor" if obj is not None else "accessed on class"
class C:
    d = DataDesc()
    n = NonData()
    plain = "class attr"
    def __getattr__(self, name):
        return "getattr fallback " + name
c = C()
c.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(c.d, "|", c.n, "|", c.plain, "|", c.other)
c.d = 5
print(c.__dict__["d"], C.n, C.plain)
class Counted:
    def __init__(self):
        self.hits = {}
    def __getattribute__(self, name):
        if name != "hits":
            h = object.__getattribute__(self, "hits")
            h[name] = h.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
k = Counted()
k.x = 1
k.x; k.x; k.method()
print(sorted(k.hits.items()))
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Cached
    def area(self):
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area, type(Circle.area).__name__)
def f(self):
    return "bound to " + type(self).__name__
print(f.__get__(ci)(), f.__get__(ci, Circle).__self__ is ci)
