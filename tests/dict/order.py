# dicts keep insertion order, including after deletion and re-insertion.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
del d["a"]
print(d)
d["a"] = 99
print(d)
d["z"] = -1
print(d, list(d.keys()), list(d.values()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), list(d2.items()))
for i in range(20):
    d2[i] = i
for i in range(0, 20, 2):
    del d2[i]
print(d2)
print({1: "a", 1.0: "b", True: "c"})
