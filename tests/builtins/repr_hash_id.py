# repr, hash equality of equal numbers, id identity semantics.
print(repr(1), repr("a"), repr([1, "a"]), repr({"k": (1, 2.5)}), repr(None), repr(b"x"))
print(hash(1) == hash(1.0) == hash(True), hash("x") == hash("x"), hash((1, 2)) == hash((1.0, 2)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
