# Class-level attribute rules: __dict__ is a read-only mappingproxy, special attributes are
# validated, __doc__ is not inherited, __subclasses__, __bases__ assignment.
class Base:
    "Base docs"
    x = 1
class Child(Base):
    pass
print(Base.__doc__, Child.__doc__, type(Child.__dict__).__name__)
d = Base.__dict__
print(d["x"], "x" in d, d.get("nope", 0), sorted(k for k in d if not k.startswith("_")))
try:
    d["y"] = 2
except TypeError as e:
    print(e)
print(vars(Base) == Base.__dict__, "__qualname__" in Base.__dict__, Base.__qualname__)
for src in ("Base.__name__ = 5", "Base.__qualname__ = None", "del Base.__name__",
            "del Base.__doc__", "Base.__bases__ = ()", "Base.__bases__ = 5",
            "Base.__bases__ = (int,)", "Base.__bases__ = (Child,)", "int.attr = 1",
            "del Base.missing", "Base.__dict__ = {}", "Base.__mro__ = ()"):
    try:
        exec(src)
        print(src, "ok")
    except (TypeError, AttributeError) as e:
        print(src, type(e).__name__, e)
Child.__name__ = "Renamed"
print(Child.__name__, Child.__qualname__, Child)
class Other:
    def greet(self):
        return "other"
class Mixed(Base):
    pass
Mixed.__bases__ = (Other,)
print([k.__name__ for k in Mixed.__mro__], Mixed().greet(), hasattr(Mixed, "x"))
print([k.__name__ for k in Base.__subclasses__()])
def make(n):
    return [type("Tmp%d" % i, (Other,), {}) for i in range(n)]
kept = make(3)
print([k.__name__ for k in Other.__subclasses__()])
del kept
import gc
gc.collect()
print([k.__name__ for k in Other.__subclasses__()])
print(bool in int.__subclasses__(), len(object.__subclasses__()) > 10)
class Meta(type):
    @property
    def label(cls):
        return "label of " + cls.__name__
    @label.setter
    def label(cls, v):
        print("meta property set", v)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.label)
WithMeta.label = "new"
