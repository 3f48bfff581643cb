# iter() and next() on builtin containers.
for container in ([1, 2], (3,), "xy", {"k": 1, "j": 2}, range(2), b"ab"):
    it = iter(container)
    print(type(container).__name__, next(it), next(it, "END"), next(it, "END"))
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter([10, 20])
for x in it:
    print("for", x)
print(next(it, "exhausted"))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
