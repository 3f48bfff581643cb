# Attribute lookups repeated in loops (the VM caches class lookups and where an attribute sits
# in an instance dict) must see every change at once.

class A:
    x = 1
    def m(self):
        return "A.m"

a = A()
seen = []
for i in range(6):
    seen.append((a.x, a.m()))
    if i == 1:
        A.x = 2                      # class attribute changed
    if i == 2:
        A.m = lambda self: "new m"   # method replaced
    if i == 3:
        a.x = "inst"                 # instance attribute shadows the class one
    if i == 4:
        del A.m                      # method deleted: the next call fails
        try:
            a.m()
        except AttributeError as e:
            seen.append(str(e))
        A.m = lambda self: "back"
print(seen)

# A data descriptor that appears on the class after the lookups were cached wins over the
# instance dict; removing it makes the instance value visible again.
class B:
    pass

b = B()
b.v = "instance"
out = []
for i in range(5):
    out.append(b.v)
    if i == 1:
        B.v = property(lambda self: "property")
    if i == 3:
        del B.v
print(out)

# A non-data descriptor (plain function) added later does not shadow the instance dict.
class C:
    pass
c = C()
c.f = "inst f"
r = []
for i in range(3):
    r.append(c.f)
    if i == 0:
        C.f = lambda self: 1
print(r)

# Changes on a base class reach subclasses and their instances.
class Base:
    def who(self):
        return "base"
class Sub(Base):
    pass
s = Sub()
w = []
for i in range(4):
    w.append(s.who())
    if i == 0:
        Base.who = lambda self: "patched base"
    if i == 1:
        Sub.who = lambda self: "sub"
    if i == 2:
        del Sub.who
print(w)

# __bases__ assignment changes what instances inherit.
class P1:
    tag = "p1"
class P2:
    tag = "p2"
class K(P1):
    pass
k = K()
t = [k.tag]
K.__bases__ = (P2,)
t.append(k.tag)
K.__bases__ = (P1,)
t.append(k.tag)
print(t)

# __class__ assignment: the instance's new class is used at once.
class X:
    def name(self):
        return "X"
class Y:
    def name(self):
        return "Y"
o = X()
names = []
for i in range(4):
    names.append(o.name())
    o.__class__ = Y if i % 2 == 0 else X
print(names)

# __dict__ assignment: attributes come from the new dict at once.
class D:
    pass
d = D()
d.a = 1
d.b = 2
vals = []
for i in range(3):
    vals.append((d.a, d.b))
    d.__dict__ = {"b": 20 + i, "a": 10 + i}
print(vals)
del d.__dict__
print(hasattr(d, "a"), d.__dict__)

# Many instances with differently ordered dicts (the per-class slot hint must be checked).
class Q:
    pass
qs = []
for i in range(6):
    q = Q()
    if i % 2:
        q.first = i
        q.second = -i
    else:
        q.second = -i
        q.first = i
    qs.append(q)
print([(q.first, q.second) for q in qs])
for q in qs:
    q.first += 100
    q.second -= 100
print([(q.first, q.second) for q in qs])
del qs[0].first
print([getattr(q, "first", None) for q in qs])

# A metaclass __getattribute__ decides class attribute access; changing it takes effect.
class Meta(type):
    pass
class M(metaclass=Meta):
    val = "plain"
res = [M.val]
Meta.__getattribute__ = lambda cls, name: "meta says " + name
res.append(M.val)
del Meta.__getattribute__
res.append(M.val)
print(res)

# An instance __getattribute__ / __getattr__ added and removed later.
class G:
    z = "class z"
g = G()
res = [g.z]
G.__getattribute__ = lambda self, name: "ga " + name
res.append(g.z)
del G.__getattribute__
res.append(g.z)
G.__getattr__ = lambda self, name: "missing " + name
res.append(g.nope)
print(res)

# __slots__: a class whose every class declares slots rejects other names.
class S1:
    __slots__ = ("a",)
class S2(S1):
    __slots__ = ("b",)
s2 = S2()
s2.a = 1
s2.b = 2
try:
    s2.c = 3
except AttributeError as e:
    print("AttributeError", e)
class S3(S2):
    pass
s3 = S3()
s3.c = 3
print(s2.a, s2.b, s3.c)

# Class attribute changed through setattr() and type.__setattr__.
class T:
    n = 0
tt = T()
ns = []
for i in range(3):
    ns.append(tt.n)
    setattr(T, "n", i + 1)
type.__setattr__(T, "n", 99)
ns.append(tt.n)
print(ns)

# Attribute names built at run time (not interned) find the same slots.
class R:
    pass
rr = R()
rr.attr = 5
name = "at" + "tr"
print(getattr(rr, name), getattr(rr, "__cl" + "ass__").__name__, rr.__dict__ is getattr(rr, "__di" + "ct__"))
setattr(rr, name, 6)
print(rr.attr)

# Metaclass hooks defined in the metaclass body: __getattr__ for missing class attributes,
# __getattribute__ delegating to type's through super().
class MetaGA(type):
    def __getattr__(cls, name):
        return "meta getattr " + name
class MG(metaclass=MetaGA):
    val = 1
print(MG.val, MG.other, hasattr(MG, "anything"))

class MetaGB(type):
    def __getattribute__(cls, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return "fallback " + name
class MB(metaclass=MetaGB):
    val = 1
print(MB.val, MB.secret, MB.nope, type.__getattribute__(MB, "val"))
try:
    type.__getattribute__(MB, "nope")
except AttributeError as e:
    print("AttributeError", e)

# Instance dict entries named like the special attributes do not hide them.
class Sp:
    pass
sp = Sp()
sp.__dict__["__class__"] = "fake class"
sp.__dict__["__dict__"] = "fake dict"
sp.other = 1
for _ in range(3):
    print(sp.__class__.__name__, type(sp.__dict__).__name__, sp.other)

# A user data descriptor (with __set__) added to the class after the instance attribute was
# read and written many times takes over both.
class Desc:
    def __get__(self, obj, owner):
        return "desc get"
    def __set__(self, obj, v):
        obj.__dict__["log"] = obj.__dict__.get("log", ()) + (v,)
class U:
    pass
u = U()
got = []
for i in range(4):
    u.val = i
    got.append(u.val)
    if i == 1:
        U.val = Desc()
print(got, u.log)
del U.val
print(u.val)

# A non-data descriptor (function) on the class is shadowed by the instance attribute.
class NonData:
    def meth(self):
        return "method"
nd = NonData()
print(nd.meth())
nd.meth = "instance value"
for _ in range(2):
    print(nd.meth)

# __setattr__ added to the class after many plain stores, then removed.
class W:
    pass
w = W()
log = []
for i in range(5):
    w.a = i
    if i == 1:
        W.__setattr__ = lambda self, n, v: log.append((n, v))
    if i == 3:
        del W.__setattr__
print(w.a, log)

# __getattr__ only runs for missing names, before and after hits were cached.
class GA:
    def __getattr__(self, name):
        return "missing " + name
ga = GA()
ga.here = "present"
print([ga.here for _ in range(3)], ga.there)
del ga.here
print(ga.here)
