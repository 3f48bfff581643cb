# Class patterns: __match_args__, keyword patterns, builtin types, nesting, and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, a, b):
        self.a, self.b = a, b
def describe(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(c, r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case Rect(a=w, b=h):
            return f"rect {w}x{h}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as text:
            return f"string {text!r}"
        case [Point(), *rest]:
            return f"points list, {len(rest)} more"
        case _:
            return "unknown " + type(s).__name__
for s in (Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 3), Circle(Point(0, 0), 2),
          Circle(Point(1, 1), 0), Circle(Point(3, 1), 5), Rect(2, 3), 7, 2.5, "hi",
          [Point(1, 1), 2, 3], None, {"a": 1}):
    print(describe(s))
try:
    match Rect(1, 2):
        case Rect(w, h):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match 5:
    case bool(b):
        print("bool", b)
    case int(i):
        print("int", i)
match True:
    case int(i):
        print("bool matches int", i)
