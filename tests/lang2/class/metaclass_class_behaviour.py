# Classes made by a user metaclass must still behave as classes: callable, named, with MRO, bases, docs, subclasses.
class Meta(type):
    def describe(cls):
        return f"{cls.__name__} bases={[b.__name__ for b in cls.__bases__]}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Base(metaclass=Meta):
    "Base docstring"
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(Child.__name__, Child.__qualname__, Child.__module__, Base.__doc__, Child.__doc__)
print([c.__name__ for c in Child.__mro__], Child.__bases__ == (Base,))
print(Child.describe(), Base.upper_name, type(Child) is Meta)
c = Child(5)
print(type(c).__name__, c.v, isinstance(c, Base), isinstance(Child, Meta), isinstance(Child, type))
print([k.__name__ for k in Base.__subclasses__()])
class Plain:
    pass
print(Plain.__doc__, [k.__name__ for k in Plain.__subclasses__()], len(object.__subclasses__()) > 5)
class Counting(type):
    instances = 0
    def __call__(cls, *args, **kwargs):
        Counting.instances += 1
        return super().__call__(*args, **kwargs)
class Widget(metaclass=Counting):
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print(Counting.instances, [w.name for w in ws], Widget.__name__)
