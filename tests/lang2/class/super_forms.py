# super() with no arguments, with two arguments, in classmethods and in __init__.
class A:
    def __init__(self, x):
        self.x = x
        print("A.__init__", x)
    def who(self):
        return "A"
    @classmethod
    def make(cls, v):
        print("A.make for", cls.__name__)
        return cls(v)
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("B.__init__", y)
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls, v):
        print("B.make")
        return super().make(v)
class C(B):
    def __init__(self, x):
        super(B, self).__init__(x)
    def who(self):
        return "C>" + super(C, self).who()
b = B(1, 2)
print(b.x, b.y, b.who())
c = C(5)
print(c.x, hasattr(c, "y"), c.who())
print(super(B, b).who())
class D(B):
    def __init__(self, v):
        B.__init__(self, v, v * 2)
d = D.make(7)
print(type(d).__name__, d.x, d.y)
def outside(self):
    try:
        return super().who()
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(outside(b))
try:
    super(int, b)
except TypeError as e:
    print(type(e).__name__, e)
