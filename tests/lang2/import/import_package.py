# Importing a package, its submodules, and names from them.
import pkg
print(pkg.VERSION, pkg.add(2, 3), pkg.sub.twice(21))
import pkg.sub.deep
print(pkg.sub.deep.NAME)
from pkg.core import public, add as plus
print(public, plus(1, 1))
from pkg import *
print(add(10, 5), VERSION)
import pkg as again
print(again is pkg, pkg.__name__, pkg.core.__name__)
