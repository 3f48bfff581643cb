# An ORM-like layer: columns as descriptors with __set_name__, operator overloading building query expressions.
class Expr:
    def __and__(self, o): return BoolOp("AND", self, o)
    def __or__(self, o): return BoolOp("OR", self, o)
    def __invert__(self): return Not(self)
class Compare(Expr):
    def __init__(self, col, op, value):
        self.col, self.op, self.value = col, op, value
    def sql(self):
        return f"{self.col.name} {self.op} {self.value!r}"
    def test(self, row):
        v = getattr(row, self.col.name)
        return {"=": v == self.value, "!=": v != self.value, "<": v < self.value, ">": v > self.value}[self.op]
class BoolOp(Expr):
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
    def sql(self):
        return f"({self.l.sql()} {self.op} {self.r.sql()})"
    def test(self, row):
        a = self.l.test(row)
        return (a and self.r.test(row)) if self.op == "AND" else (a or self.r.test(row))
class Not(Expr):
    def __init__(self, e): self.e = e
    def sql(self): return f"NOT {self.e.sql()}"
    def test(self, row): return not self.e.test(row)
class Column:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        owner.columns = getattr(owner, "columns", ()) + (name,)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}")
        obj.__dict__[self.name] = v
    def __eq__(self, v): return Compare(self, "=", v)
    def __ne__(self, v): return Compare(self, "!=", v)
    def __lt__(self, v): return Compare(self, "<", v)
    def __gt__(self, v): return Compare(self, ">", v)
    __hash__ = object.__hash__
class Model:
    rows = None
    def __init_subclass__(cls):
        cls.rows = []
    def __init__(self, **kw):
        for c in self.columns:
            setattr(self, c, kw[c])
        type(self).rows.append(self)
    @classmethod
    def where(cls, expr):
        print("SELECT * FROM", cls.__name__.lower(), "WHERE", expr.sql())
        return [r.name for r in cls.rows if expr.test(r)]
class User(Model):
    name = Column(str)
    age = Column(int)
    city = Column(str)
for n, a, c in (("ann", 31, "oslo"), ("bob", 17, "rome"), ("cy", 45, "oslo"), ("di", 22, "lima")):
    User(name=n, age=a, city=c)
print(User.columns, len(User.rows), Model.rows)
print(User.where(User.age > 18))
print(User.where((User.city == "oslo") & (User.age < 40)))
print(User.where(~(User.city == "oslo") | (User.name == "cy")))
print(User.where(User.name != "bob"))
try:
    User(name="x", age="old", city="y")
except TypeError as e:
    print(type(e).__name__, e)
print(type(User.age == 3).__name__, isinstance(User.name, Column))
