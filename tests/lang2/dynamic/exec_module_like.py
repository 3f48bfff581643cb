# Using exec to build module-like namespaces from source strings, with __name__, docstrings and errors with line numbers.
SOURCES = {
    "geometry": '"""Geometry helpers."""\nPI = 3.14159\ndef area(r):\n    return PI * r * r\n',
    "strings": 'def shout(s):\n    return s.upper() + "!"\nGREETING = shout("hi")\n',
    "broken": 'x = 1\ny = x +\n',
    "failing": 'a = 1\nb = a / 0\n',
}
class Namespace:
    def __init__(self, name, d):
        self.__dict__.update({k: v for k, v in d.items() if not k.startswith("__")})
        self.__name__ = name
        self.__doc__ = d.get("__doc__")
def load(name):
    ns = {"__name__": name}
    code = compile(SOURCES[name], f"<{name}>", "exec")
    exec(code, ns)
    return Namespace(name, ns)
for name in SOURCES:
    try:
        m = load(name)
        public = sorted(k for k in vars(m) if not k.startswith("_"))
        print(name, "ok", public, repr(m.__doc__))
    except SyntaxError as e:
        print(name, "SyntaxError", e.filename, e.lineno)
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
g = load("geometry")
print(round(g.area(2), 3), load("strings").GREETING)
code = compile("def who():\n    return __name__\n", "<who>", "exec")
ns1, ns2 = {"__name__": "first"}, {"__name__": "second"}
exec(code, ns1)
exec(code, ns2)
print(ns1["who"](), ns2["who"](), ns1["who"].__code__ is ns2["who"].__code__)
