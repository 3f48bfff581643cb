# The minimal level has no set operations on dict views (MicroPython's views have none):
# `keys() & other` and friends are TypeErrors and isdisjoint is absent. Views still iterate,
# test membership, reverse and compare with each other (the minimal level has no sets either).

d = {"a": 1, "b": 2, "c": 3}
for label, f in [
    ("&", lambda: d.keys() & ["a"]),
    ("|", lambda: d.keys() | {"z": 0}.keys()),
    ("-", lambda: ["a", "z"] - d.keys()),
    ("^", lambda: d.items() ^ {"a": 1}.items()),
]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    d.keys().isdisjoint(["x"])
except AttributeError as e:
    print("AttributeError:", e)
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d.keys(), ("b", 2) in d.items(), 3 in d.values(), list(reversed(d.keys())))
print(d.keys() == {"c": 0, "b": 0, "a": 0}.keys(), d.items() <= dict(d, d=4).items())
print(d.keys() != {"a": 1}.keys(), d.items() > {"a": 1}.items(), d.keys() < d.keys())
