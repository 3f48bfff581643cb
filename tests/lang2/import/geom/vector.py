print("geom.vector loaded as", __name__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
