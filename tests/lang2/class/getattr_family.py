# __getattr__ (fallback only), __getattribute__ (every access), __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, hasattr(p, "zz"))
del p.a
print(hasattr(t, "a"), p.log)
class Audit:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        v = object.__getattribute__(self, name)
        return v * 2 if isinstance(v, int) else v
    def __getattr__(self, name):
        return "fallback:" + name
a = Audit()
print(a.x, a.missing, a.secret_key, getattr(a, "secret2", "dflt"))
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
    def __delattr__(self, k):
        raise AttributeError("cannot delete " + k)
f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain().nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Plain().nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Plain(), "nope", None), getattr(5, "real"))
try:
    getattr(Plain(), 5)
except TypeError as e:
    print(type(e).__name__, e)
