# The minimal level has no type.__subclasses__() (as MicroPython): asking for it is an
# AttributeError like any missing attribute; the rest of class introspection works.


class Base:
    pass


class Child(Base):
    pass


class Grandchild(Child):
    pass


try:
    print(Base.__subclasses__())
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Base, "__subclasses__"), hasattr(type, "__subclasses__"))
print(getattr(int, "__subclasses__", "absent"))
print(Grandchild.__mro__)
print(Grandchild.__bases__, Child.__base__, Base.__name__)
print(issubclass(Grandchild, Base), isinstance(Child(), Base), type.mro(Child))
