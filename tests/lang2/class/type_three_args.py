# type(name, bases, dict): building classes dynamically.
def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "pt"})
p = Point(21)
print(type(p).__name__, p.double(), p.kind, Point.__name__)
Point3 = type("Point3", (Point,), {"z": 0})
q = Point3(5)
print(q.double(), q.z, isinstance(q, Point), [c.__name__ for c in Point3.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
def make_record(name, fields):
    def __init__(self, *vals):
        for f, v in zip(fields, vals):
            setattr(self, f, v)
    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={getattr(self, f)}" for f in fields) + ")"
    return type(name, (object,), {"__init__": __init__, "__repr__": __repr__, "fields": fields})
R = make_record("Rec", ("a", "b"))
print(R(1, 2), R.fields)
print(type(5) is int, type("s").__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
E = type("MyErr", (ValueError,), {})
try:
    raise E("boom")
except ValueError as e:
    print(type(e).__name__, e)
