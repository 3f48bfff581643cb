# super() edge cases: in static/class methods, in properties, with __getattr__ on the super object, in nested functions.
class Base:
    greeting = "base greeting"
    @property
    def value(self):
        return "Base.value"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
    def method(self):
        return "Base.method"
class Child(Base):
    @property
    def value(self):
        return "Child+" + super().value
    @classmethod
    def create(cls):
        return "Child>" + super().create()
    def method(self):
        def helper():
            return super(Child, self).method()
        return "Child>" + helper()
    def attr(self):
        return super().greeting
    def missing(self):
        return super().does_not_exist
c = Child()
print(c.value, Child.create(), c.create(), c.method(), c.attr())
try:
    c.missing()
except AttributeError as e:
    print(type(e).__name__, e)
class Other:
    pass
try:
    super(Child, Other())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Child, 5).method
except TypeError as e:
    print(type(e).__name__)
print(super(Child, Child).create())
class Lambda(Base):
    get = lambda self: super(Lambda, self).method()
print(Lambda().get())
class NoArgs(Base):
    def m(self):
        f = lambda: super().method()
        return f()
try:
    print(NoArgs().m())
except RuntimeError as e:
    print(type(e).__name__, e)
class Init(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = len(self)
i = Init(a=1, b=2)
print(i, i.extra)
