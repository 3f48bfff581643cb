# Which builtin methods call overridden dunders in subclasses (CPython: dict.get/update do not call __getitem__/__setitem__).
class LoudDict(dict):
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        super().__setitem__(k, v)
    def __contains__(self, k):
        print("  __contains__", k)
        return super().__contains__(k)
d = LoudDict(a=1)
print("get:", d.get("a"))
print("index:", d["a"])
d.update(b=2)
print("after update", sorted(d.items()))
d["c"] = 3
d.setdefault("e", 5)
print("in:", "a" in d)
print("keys", sorted(d), len(d), dict(d) == {"a": 1, "b": 2, "c": 3, "e": 5})
class LoudList(list):
    def __getitem__(self, i):
        print("  list __getitem__", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  list __iter__")
        return super().__iter__()
l = LoudList([3, 1, 2])
print("index", l[0])
print("sorted", sorted(l))
print("len", len(l))
print("sum", sum(l))
print("copy", type(l.copy()).__name__, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__)
class UpperStr(str):
    def upper(self):
        return "custom upper"
s = UpperStr("abc")
print(s.upper(), s.lower(), type(s.lower()).__name__, type(s + "x").__name__, type(s[0]).__name__, s.title())
class Pos(int):
    def __add__(self, o):
        return Pos(abs(int(self) + o))
p = Pos(-5)
print(p + 2, type(p + 2).__name__, 2 + p, type(2 + p).__name__, sum([p, 1]), -p, type(-p).__name__)
