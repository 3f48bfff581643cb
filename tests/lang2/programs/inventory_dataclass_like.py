# A hand-written record base class using __init_subclass__ and annotations, with ordering and repr.
class Record:
    def __init_subclass__(cls, order=False, **kw):
        super().__init_subclass__(**kw)
        cls._fields = tuple(cls.__annotations__)
        cls._order = order
    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} arguments")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        for f in self._fields:
            if f not in values:
                if hasattr(type(self), f):
                    values[f] = getattr(type(self), f)
                else:
                    raise TypeError(f"missing field {f!r}")
            object.__setattr__(self, f, values[f])
    def _tuple(self):
        return tuple(getattr(self, f) for f in self._fields)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"
    def __eq__(self, o):
        return type(o) is type(self) and self._tuple() == o._tuple()
    def __hash__(self):
        return hash(self._tuple())
    def __lt__(self, o):
        if not self._order or type(o) is not type(self):
            return NotImplemented
        return self._tuple() < o._tuple()
class Item(Record, order=True):
    name: str
    qty: int
    price: float = 1.0
class Tag(Record):
    label: str
items = [Item("nut", 10, 0.1), Item("bolt", 5), Item(name="axe", qty=1, price=20.0), Item("bolt", 2)]
print(items[1], items[2])
print(sorted(items))
print(Item("a", 1) == Item("a", 1, 1.0), len(set(items + [Item("nut", 10, 0.1)])))
print(sum(i.qty * i.price for i in items))
for bad in (lambda: Item("x"), lambda: Item("x", 1, 2, 3), lambda: Item("x", 1, colour="r"),
            lambda: Item("x", qty=1, name="y"), lambda: Tag("a") < Tag("b")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(Tag("t"), Item._fields, Tag._order)
