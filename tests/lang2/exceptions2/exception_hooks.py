# Exceptions raised in __init__, __repr__ and properties propagate normally.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
    @property
    def half(self):
        if self.v % 2:
            raise ArithmeticError("odd")
        return self.v // 2
for v in (4, 3, -1):
    try:
        s = Strict(v)
        print(v, s.half)
    except (ValueError, ArithmeticError) as e:
        print(v, type(e).__name__, e)
