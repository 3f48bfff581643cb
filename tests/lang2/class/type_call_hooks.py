# type(name, bases, ns) runs the same hooks as a class statement: __init_subclass__ and __set_name__.
class Plugin:
    seen = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.seen.append(cls.__name__)
class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
class Statement(Plugin):
    field = Named()
Dynamic = type("Dynamic", (Plugin,), {"field": Named(), "x": 1})
print(Plugin.seen)
print(Statement.field.where, Dynamic.field.where)
print(Dynamic.__name__, Dynamic.x, [c.__name__ for c in Dynamic.__mro__])
def make(n):
    return type(f"Gen{n}", (Plugin,), {"n": n, "__repr__": lambda self: f"<Gen{self.n}>"})
made = [make(i)() for i in range(3)]
print(made, Plugin.seen[-3:])
print(type(Dynamic)(  "Again", (Dynamic,), {}).__mro__[1].__name__)
