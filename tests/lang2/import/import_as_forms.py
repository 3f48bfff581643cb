# import a.b as c, from a import b as c, multiple names, imports inside functions and classes.
import geom.shapes.square as sq
from geom.vector import Vec as V, Vec
from geom import (
    ORIGIN,
    area_of as area,
)
print(sq.Square(4).area(), V is Vec, ORIGIN, area(sq.Square(2)))
def lazy():
    import geom.shapes.tri as t
    from geom.shapes import Square
    return t.Triangle(2, 3).area(), Square(5).area()
print(lazy())
class Holder:
    import math
    from math import sqrt as root
print(Holder.math.floor(2.7), Holder.root(16.0))
def local_only():
    import json
    return json.dumps([1, "a"])
print(local_only())
print("json" in dir())
import math as m, os.path as osp
print(m.pi > 3, osp.basename("/a/b.txt"))
