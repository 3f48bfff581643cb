# Class attributes vs instance attributes: shadowing, mutable class attributes, deletion, lookup order.
class Config:
    debug = False
    tags = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
    def enable(self):
        self.debug = True
a, b = Config("a"), Config("b")
a.enable()
print(a.debug, b.debug, Config.debug, Config.count, a.count)
a.tags.append("shared")
print(b.tags, Config.tags is a.tags)
b.tags = ["own"]
print(b.tags, Config.tags, a.tags)
del a.debug
print(a.debug)
try:
    del a.debug
except AttributeError as e:
    print(type(e).__name__, e)
Config.debug = "changed on class"
print(a.debug, b.debug)
Config.new_attr = 1
print(a.new_attr, hasattr(b, "new_attr"))
del Config.new_attr
print(hasattr(a, "new_attr"))
class Sub(Config):
    debug = "sub default"
s = Sub("s")
print(s.debug, s.count, Config.count, Sub.count)
Sub.count = 100
print(Config.count, Sub.count)
def method(self):
    return "added " + self.name
Config.method = method
print(a.method(), s.method(), Config.method(b))
bound = a.method
print(bound(), bound.__self__ is a, bound.__func__ is method)
class Empty:
    pass
e = Empty()
e.x = 1
e.__dict__.update(y=2)
print(e.x, e.y)
try:
    Empty.x
except AttributeError as err:
    print(type(err).__name__, err)
