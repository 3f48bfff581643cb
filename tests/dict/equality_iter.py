# Equality ignores order; iteration and mutation rules.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == dict())
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d), {1: 2} | {3: 4}, list(reversed({"x": 1, "y": 2})))
e = {"a": 1}
e |= {"b": 2}
print(e)
