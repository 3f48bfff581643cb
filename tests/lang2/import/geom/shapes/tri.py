from . import square
from geom.vector import Vec
class Triangle:
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
    def as_square(self):
        return square.Square(self.b)
