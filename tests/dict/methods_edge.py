# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d["x"] = 9
print(d.popitem(), d.popitem(), d)
d.update({"k": 1}, z=26)
d.update([("p", 1), ["q", 2]])
d.update(a=0)
d.update()
print(d)
d.update(((i, i * i) for i in range(3)))
print(d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], e is d, e == d)
e.clear()
print(e, len(e), bool(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
f = dict.fromkeys("xy", [])
f["x"].append(1)
print(f)
print({}.fromkeys((1, 1, 2)))
g = {1: "a"}
print(g.pop(1), g, g.get(1, "gone"))
g[True] = "t"
g[1.0] = "f"
print(g, g.get(1), g.pop(True))
h = {}
for i in range(5):
    h.setdefault(i % 2, []).append(i)
print(h)
print({1: 2}.items() == {(1, 2)}, list({1: 2, 3: 4}.items()))
x = {"one": 1}
x.update(x)
print(x)
print({"a": 1}.__contains__("a"), {"a": 1}.__getitem__("a"), {"a": 1}.__len__())
