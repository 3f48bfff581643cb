# from module import * honours __all__, skips underscore names without it, and fails on bad __all__.
from starpkg.with_all import *
print(shown, also_shown)
try:
    not_in_all
except NameError as e:
    print(type(e).__name__, e)
from starpkg.without_all import *
print(public_a, public_b, helper())
for name in ("_private_c", "_sys"):
    print(name, name in globals())
try:
    from starpkg.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
from geom import *
print(sorted(n for n in ("Vec", "area_of", "ORIGIN", "_hidden", "vector", "shapes") if n in globals()))
def f():
    exec("from starpkg.with_all import *", ns := {})
    return sorted(k for k in ns if not k.startswith("__"))
print(f())
