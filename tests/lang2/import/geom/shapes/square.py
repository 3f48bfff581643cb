from ..vector import Vec
class Square:
    def __init__(self, side):
        self.side = side
        self.corner = Vec(side, side)
    def area(self):
        return self.side ** 2
