# Mapping patterns and class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at " + str(y)
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Point():
            return "somewhere"
        case {"type": "circle", "r": r}:
            return "circle " + str(r)
        case {"type": t, **rest}:
            return "shape " + t + " " + repr(sorted(rest))
        case int(n) | float(n):
            return "number " + str(n)
        case str() as s:
            return "string " + s
        case _:
            return "unknown"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), {"type": "circle", "r": 2},
          {"type": "sq", "w": 1, "h": 2}, 7, 2.5, "s", [1]):
    print(where(p))
