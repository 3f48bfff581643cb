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
    import geom.vector
    from geom.vector import Vec as V2
print(Holder.geom.vector.Vec(1, 1), Holder.V2(2, 2))
def local_only():
    import sys as system
    return system.__name__
print(local_only())
print("system" in dir())
import sys as s, geom.shapes.tri as gtri
print(s.__name__, gtri.Triangle(2, 2).area())
