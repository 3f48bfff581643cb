print("geom init", __name__)
from .vector import Vec
from .shapes import area_of
__all__ = ["Vec", "area_of", "ORIGIN"]
ORIGIN = Vec(0, 0)
_hidden = 1
