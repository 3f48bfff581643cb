# del on names, list items, slices, dict keys.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:5]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
for name in ("a", "b"):
    try:
        print(name, a if name == "a" else b)
    except NameError as e:
        print("NameError", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
