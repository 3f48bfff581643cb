# A module has what every object has (__class__, __repr__...), so every name dir() lists can
# be read; builtin values have a __doc__ (None here where CPython has text).
import sys
import json

m = sys.modules[__name__]
print(m.__class__, type(m) is m.__class__, json.__class__.__name__)
for mod in (m, json, sys):
    bad = []
    for n in dir(mod):
        try:
            getattr(mod, n)
        except AttributeError:
            bad.append(n)
    print(bad)
print(json.__repr__() == repr(json), json.__eq__(json), m.__hash__() == hash(m))
print(type((1).__doc__).__name__ in ('str', 'NoneType'), hasattr([], '__doc__'), hasattr(len, '__doc__'))
