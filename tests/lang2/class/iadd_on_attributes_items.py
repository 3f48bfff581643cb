# Augmented assignment on attributes, items and slices: evaluation order and which dunders run.
class Logged:
    def __init__(self):
        self.data = {"k": 1}
        self.log = []
    def __getitem__(self, k):
        self.log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(f"set {k}={v}")
        self.data[k] = v
l = Logged()
l["k"] += 5
l["k"] *= 2
print(l.data, l.log)
class Obj:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "n", 1)
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        self.log.append(f"set {name}={v}")
        object.__setattr__(self, name, v)
o = Obj()
o.n += 10
print(o.n, o.log)
class Cell:
    def __init__(self):
        self.items = [1]
c = Cell()
alias = c.items
c.items += [2]
print(c.items is alias, alias)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
def key():
    print("  key evaluated")
    return "k"
d = {"k": 1}
d[key()] += 1
print(d)
s = "ab"
s2 = s
s += "c"
print(s, s2)
