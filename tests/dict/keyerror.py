# KeyError messages and in/not in.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
for key in ["a", "b", 2, 3, (1, 2), (2, 1)]:
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print("KeyError", e, e.args)
print("a" in d, "b" not in d, (1, 2) in d)
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
