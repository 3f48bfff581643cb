# list.sort while the list is being modified, and sort error recovery.
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(a)
b = [5, 4, 3]
def k2(x):
    return len(b)
b.sort(key=k2)
print(b)
c = [2, "x", 1]
try:
    c.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(c, key=str), len(c))
d = [4, 3, 2, 1]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    d.sort(key=bad)
except KeyError as e:
    print("KeyError", e)
print(d)
e = [1, 2, 3]
for x in e:
    if x < 3:
        e.append(x * 10)
print(e)
f = [1, 2, 3, 4, 5, 6]
for x in f:
    f.remove(x)
print(f)
