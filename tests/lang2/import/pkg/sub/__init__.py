print("pkg.sub init")
from ..core import add as _add
def twice(x):
    return _add(x, x)
