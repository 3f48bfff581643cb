# Special methods are looked up on the type, not the instance; dunders assigned after class creation.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
C.__len__ = lambda self: 5
print(len(c))
class D:
    pass
d = D()
D.__repr__ = lambda self: "D repr added later"
D.__add__ = lambda self, o: "added " + str(o)
D.__getitem__ = lambda self, k: k * 2
D.__call__ = lambda self, *a: sum(a)
D.__iter__ = lambda self: iter("xy")
D.__bool__ = lambda self: False
D.__eq__ = lambda self, o: True
print(d, d + 1, d[21], d(1, 2, 3), list(d), bool(d), d == 0)
del D.__bool__
print(bool(d))
d.__call__ = lambda: "instance call"
print(d(4))
class E:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 10
        raise AttributeError(name)
try:
    len(E())
except TypeError as e:
    print(type(e).__name__, e)
print(E().__len__())
class Enter:
    pass
en = Enter()
en.__enter__ = lambda: 1
en.__exit__ = lambda *a: None
try:
    with en:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
