# A small ORM: typed field descriptors with __set_name__, a metaclass collecting fields in
# definition order (__prepare__), validation errors, and a query helper using class access.
class ValidationError(Exception):
    pass
class Field:
    def __init__(self, kind, default=None, required=True):
        self.kind, self.default, self.required = kind, default, required
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return Query(owner, self)
        return obj._values.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise ValidationError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj._values[self.name] = value
    def __delete__(self, obj):
        if self.required:
            raise ValidationError(f"{self.name} is required")
        obj._values.pop(self.name, None)
class Query:
    def __init__(self, model, field):
        self.model, self.field = model, field
    def __eq__(self, value):
        return [r for r in self.model.rows if getattr(r, self.field.name) == value]
    def __gt__(self, value):
        return [r for r in self.model.rows if getattr(r, self.field.name) > value]
    __hash__ = None
class ModelMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, ns)
        inherited = [f for b in bases for f in getattr(b, "_fields", [])]
        cls._fields = inherited + fields
        cls.rows = []
        return cls
    def __len__(cls):
        return len(cls.rows)
    def __iter__(cls):
        return iter(cls.rows)
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._values = {}
        for name in self._fields:
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif getattr(type(self), "__dict__").get(name) is None and name not in self._values:
                pass
        if kw:
            raise TypeError(f"unknown fields: {sorted(kw)}")
        type(self).rows.append(self)
    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"
class Person(Model):
    name = Field(str)
    age = Field(int, default=0)
class Employee(Person):
    salary = Field(int, default=1000, required=False)
print(Person._fields, Employee._fields)
ann = Person(name="Ann", age=31)
bob = Person(name="Bob")
eve = Employee(name="Eve", age=40, salary=5000)
print(ann, bob, eve)
print(len(Person), len(Employee), [p.name for p in Person])
print(Person.age > 30, Person.name == "Bob")
for action in (lambda: setattr(bob, "age", "old"), lambda: delattr(ann, "name"),
               lambda: Person(nick="x")):
    try:
        action()
    except (ValidationError, TypeError) as e:
        print(type(e).__name__, e)
del eve.salary
print(eve.salary, eve._values)
print(type(Person.__dict__["age"]).__name__, type(Person.age).__name__)
