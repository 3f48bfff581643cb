# A package with subpackages and relative imports (from . and from ..), __package__ and __name__.
import geom
print(geom.Vec(1, 2), geom.ORIGIN, geom.area_of(geom.shapes.Square(3)))
from geom.shapes import Triangle, Square
t = Triangle(4, 5)
print(t.area(), t.as_square().area(), t.as_square().corner)
import geom.shapes.tri as tri
print(tri.__name__, tri.__package__, tri.Triangle is Triangle)
print(geom.__name__, geom.shapes.__name__, geom.shapes.square.__name__, geom.vector.__package__)
print(geom.shapes._vector is geom.vector)
from geom import vector, shapes
print(vector.Vec(5, 5) - vector.Vec(1, 2))
print(hasattr(geom, "shapes"), hasattr(geom.shapes, "tri"))
print(__name__, __package__ if __package__ else None)
