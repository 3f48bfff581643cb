# eval on attribute access, method calls, and locals mappings that are not dicts.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(eval("p.x + p.y"), eval("p.norm2()"), eval("q.x", {"q": Point(7, 0)}))
class Lookup(dict):
    def __missing__(self, key):
        return len(key)
print(eval("abc + de", {}, Lookup()))
class Env:
    def __init__(self):
        self.seen = []
    def __getitem__(self, k):
        self.seen.append(k)
        if k == "nope":
            raise KeyError(k)
        return 10
    def keys(self):
        return []
e = Env()
print(eval("a * b + a", {}, e), e.seen)
try:
    eval("nope", {}, e)
except NameError as err:
    print(type(err).__name__, err)
exprs = ["sorted({3, 1, 2})", "dict(a=1)", "[*range(3), *'ab']", "{**{'k': 1}, 'j': 2}", "(lambda *a: a)(1, 2)",
         "1 if p.x > 2 else 0", "not p", "p.x < p.y < 10", "p is not None", "type(p).__name__"]
for ex in exprs:
    print(ex, "=>", eval(ex))
