# __getattr__, __setattr__ and __delattr__ hooks.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("no field " + name) from None
    def __setattr__(self, name, value):
        self._fields[name] = value
    def __delattr__(self, name):
        del self._fields[name]
r = Record(a=1, b="x")
r.c = 3.5
print(r.a, r.b, r.c, sorted(r._fields))
del r.a
print(hasattr(r, "a"), getattr(r, "a", "gone"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError", e)
