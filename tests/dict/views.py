# keys/values/items views are live.
d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k))
d["z"] = 3
print(list(k), list(v), list(it))
print("x" in k, 2 in v, ("y", 2) in it, ("y", 3) in it)
print(sorted(k & {"x", "q"}), sorted(k | {"q"}), sorted(k - {"x"}))
for key, val in d.items():
    print(key, val)
print(sum(d.values()), max(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1]))
