# collections: ChainMap, UserDict, UserList, UserString, and namedtuple's read-only fields.
from collections import ChainMap, UserDict, UserList, UserString, namedtuple

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), list(cm), sorted(cm.items()))
print(cm, "user" in cm, cm.get("nope", "-"), bool(ChainMap()), ChainMap())
cm["color"] = "blue"
print(cli, defaults["color"], cm.maps[0] is cli)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps), child.new_child().maps[0])
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    cm["missing"]
except KeyError as e:
    print("KeyError:", e)
print(cm.pop("debug"), cm.setdefault("x", 1), cli, list(cm.keys()), list(cm.values()))
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}) | {"b": 2}, dict(ChainMap({1: 2}, {3: 4})))
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError:", e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update([("D", 4)])
print(d, d.data, len(d), "a" in d, d["b"], d.get("z", 0), list(d), d == {"a": 1, "b": 2, "c": 3, "d": 4})
print(d.pop("a"), d.popitem(), d.setdefault("e", 5), d, type(d.copy()).__name__, d.copy())
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()["ab"], UserDict.fromkeys("xy", 0), UserDict(a=1) | {"b": 2})


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
s.extend(Stack([4]))
print(s, len(s), s[0], s[1:], type(s[1:]).__name__, s + [9], [0] + s, s * 2, 3 in s)
s.insert(0, 0)
s.remove(2)
s.sort(reverse=True)
print(s, s.pop(), s.index(3), s.count(1), s == [4, 3, 1], s < [5], list(reversed(s)))
s += (7,)
del s[0]
s[0] = "x"
print(s, s.copy(), UserList(), UserList("ab"))
u = UserString("Hello")
print(u, repr(u), len(u), u.upper(), u[1:3], u + "!", "!" + u, u * 2, u == "Hello", "ell" in u)
print(u.lower().startswith("he"), u.split("l"), u.replace("l", "L"), u.find("lo"), type(u.strip()).__name__)
print(sorted([UserString("b"), UserString("a")]), UserString(42), int(UserString("7")) + 1)
Point = namedtuple("Point", "x y")
p = Point(1, 2)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "x"), lambda: setattr(p, "z", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(p, Point.x.__doc__, p.x, p.y)
