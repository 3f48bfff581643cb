# Comparison fallbacks: NotImplemented from both sides, non-bool results, == falling back to identity, sorting errors.
class A:
    def __lt__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
a, b = A(), A()
print(a == a, a == b, a != b)
for op in ("a < b", "a > b", "a <= b", "a >= 1", "1 < a"):
    try:
        eval(op)
    except TypeError as e:
        print(type(e).__name__, e)
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __lt__(self, o):
        return [1]
    def __gt__(self, o):
        return []
w = Weird()
print(w == 1, w < 1, w > 1, bool(w == 1), "yes" if w < 1 else "no", "yes" if w > 1 else "no")
print([w] == [w], w in [1, 2])
class Boom:
    def __eq__(self, o):
        raise ValueError("eq exploded")
try:
    Boom() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
print(Boom() in [b := Boom()] if False else "skip")
try:
    sorted([A(), A()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, None])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), [1, 2] < [1, 2, 0], (1, 2) > (1, 1, 9))
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(sorted([Rev(2), Rev(1), Rev(3)], key=lambda r: r).__len__(), [r.v for r in sorted([Rev(2), Rev(1), Rev(3)])])
