# Subclassing dict: __missing__, a default-dict, counting, attribute-access dicts.
class DefaultList(dict):
    def __missing__(self, key):
        print("missing", key)
        v = self[key] = []
        return v
d = DefaultList()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(sorted(d.items()), d.get("c"), "c" in d, len(d))
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for i in items:
            self[i] += 1
        return self
c = Counter().add("mississippi")
print(sorted(c.items()), c["z"], "z" in c)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, sorted(a), isinstance(a, dict), type(a).__name__)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo["HeLLo"] = 1
print(lo["HELLO"], list(lo.keys()), dict(lo))
class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(NoMissing(a=1) == {"a": 1}, {**Counter(q=1)})
