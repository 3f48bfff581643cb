# Subclasses of list, dict and set calling the base __init__; set subclass reprs.
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
d = D({1: 2}, x=3)
print(d, d.extra, len(d))
class L(list):
    def __init__(self, it=()):
        super().__init__(it)
        self.n = len(self)
l = L([1, 2, 3])
print(l, l.n)
class S(set):
    def __init__(self, it=()):
        super().__init__(it)
s = S([1, 2])
print(s)
class E(list):
    def __eq__(self, o):
        return super().__eq__(o)
print(E([1]) == [1])
l2 = [1, 2]
l2.__init__([5])
print(l2)
d2 = {1: 2}
d2.__init__(a=1)
print(d2)
class F(frozenset): pass
print(F(), F([1]), S(), repr(S([3])), str(S([4])), [S([5])])
