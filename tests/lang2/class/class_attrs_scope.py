# Class attributes versus instance attributes; class body scope.
class Config:
    defaults = {"debug": False}
    names = []
    size = 3
    doubled = size * 2
    def __init__(self, name):
        self.name = name
        self.names.append(name)
a, b = Config("a"), Config("b")
print(Config.names, a.names is b.names, Config.doubled)
a.size = 10
print(a.size, b.size, Config.size)
del a.size
print(a.size)
Config.size = 5
print(a.size, b.size)
print(getattr(a, "name"), getattr(Config, "missing", "none"))
setattr(b, "name", "B")
print(b.name, "name" in b.__dict__, "size" in b.__dict__)
