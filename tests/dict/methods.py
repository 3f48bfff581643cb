# dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0))
print(d.setdefault("a", 5), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update({"d": 4, "a": 10})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c.clear()
print(c, len(c))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
