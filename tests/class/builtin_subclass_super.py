# Subclasses of builtin types reaching the base type's special methods through super(), and
# %-formatting that honours their __str__/__repr__.
class S(list):
    def __repr__(self):
        return "S" + super().__repr__()
    def __eq__(self, o):
        return super().__eq__(o)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __add__(self, o):
        return S(super().__add__(o))
    def __len__(self):
        return super().__len__() + 100
s = S([1, 2])
print(s, s == [1, 2], s == (1, 2), s[1], s + [3], len(s), list.__len__(s))
class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D(a=1)
print(d, d["A"], dict.__repr__(d), "a" in d, d.__contains__("a"))
class MyStr(str):
    def __add__(self, o):
        return MyStr(super().__add__(o).upper())
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "custom-repr"
m = MyStr("ab")
print(m + "c", str.__repr__(m), str.__str__(m), "%s|%r" % (m, m), "%s" % m, "<%s>" % (m,))
class I(int):
    def __str__(self):
        return "int-str"
    def __repr__(self):
        return "int-repr"
    def __add__(self, o):
        return super().__add__(o) * 2
print("%s %r %d" % (I(5), I(5), I(5)), I(5) + 1, int.__repr__(I(5)), I(5).__sub__(1))
class F(float):
    def __repr__(self):
        return "float-repr"
print("%s %r %.1f" % (F(2.5), F(2.5), F(2.5)), float.__repr__(F(2.5)))
class T(tuple):
    def __hash__(self):
        return super().__hash__() + 1
print(hash(T((1,))) == hash((1,)) + 1, tuple.__len__(T((1, 2))))
try:
    list.__repr__(D())
except TypeError as e:
    print(e)
