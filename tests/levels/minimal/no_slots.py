# The minimal level ignores __slots__, as MicroPython does: it is an ordinary class attribute,
# so it neither limits an instance's attributes nor is checked when the class is made.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    p.z = 3
    print(p.x, p.y, p.z, Point.__slots__)
except AttributeError as e:
    print("AttributeError:", e)


try:
    class Odd:
        __slots__ = (1, "not an identifier")
        x = 5

    print(Odd().x, Odd.__slots__)
except TypeError as e:
    print("TypeError:", e)
