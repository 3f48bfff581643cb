# __set_name__ and data descriptors: a validated field type.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class Item:
    name = Field(str, "?")
    qty = Field(int, 0)
    price = Field(float, 0.0)
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price
it = Item("bolt", 10, 0.25)
print(it.name, it.qty, it.price, it.total())
try:
    it.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
del it.qty
print(it.qty)
print(type(Item.name).__name__, Item.qty.name, Item.price.owner)
print(sorted(it.__dict__))
class NonData:
    def __get__(self, obj, t=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
