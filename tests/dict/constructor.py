# dict() constructor forms and comprehensions.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict([(i, i * i) for i in range(4)]))
print({k: v for k, v in [("a", 1), ("b", 2)]}, {x: x % 3 for x in range(6)})
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError", e)
