# match against dataclasses (auto __match_args__), nested class patterns, and guards over computed properties.
from dataclasses import dataclass
@dataclass
class Point:
    x: float
    y: float
@dataclass
class Line:
    start: Point
    end: Point
    @property
    def length(self):
        return ((self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2) ** 0.5
@dataclass
class Circle:
    center: Point
    radius: float
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1}, length {shape.length:g}"
        case Line(start, end) if start == end:
            return "degenerate line"
        case Line(length=l) if l > 10:
            return f"long line ({l:.1f})"
        case Line():
            return f"line of length {shape.length:.2f}"
        case Circle(Point(0, 0), r):
            return f"centred circle r={r}"
        case Circle(radius=r) if r <= 0:
            raise ValueError(f"invalid radius {r}")
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case _:
            return f"unknown {type(shape).__name__}"
print(Point.__match_args__, Line.__match_args__)
shapes = [Point(0, 0), Point(3, 0), Point(0, -2), Point(1, 1), Line(Point(2, 0), Point(2, 5)),
          Line(Point(1, 1), Point(1, 1)), Line(Point(0, 0), Point(30, 40)), Line(Point(0, 0), Point(1, 1)),
          Circle(Point(0, 0), 2), Circle(Point(1, 2), 3), "text"]
for s in shapes:
    print(describe(s))
try:
    describe(Circle(Point(5, 5), -1))
except ValueError as e:
    print(type(e).__name__, e)
