# Instance-level rules: __class__ and __dict__ assignment, object() has no attributes,
# __slots__ validation, dir() with and without __dir__.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
for v in (5, int, object):
    try:
        a.__class__ = v
    except TypeError as e:
        print(e)
class E1(Exception):
    pass
class E2(Exception):
    pass
e = E1("m")
e.__class__ = E2
print(type(e).__name__, e.args)
try:
    e.__class__ = A
except TypeError as err:
    print(err)
a.__dict__ = {"k": 1}
print(a.k, vars(a))
try:
    a.__dict__ = [1]
except TypeError as err:
    print(err)
del a.__dict__
print(a.__dict__)
o = object()
for act in ("o.x = 1", "o.__dict__"):
    try:
        exec(act)
    except AttributeError as err:
        print(err)
class Shadow:
    __class__ = "not a class"
print(Shadow().__class__, type(Shadow()).__name__)
for body in ("__slots__ = 5", "__slots__ = [1]", "__slots__ = ('a b',)",
             "__slots__ = ('v',)\n    v = 5", "__slots__ = 'ok'"):
    try:
        exec("class S:\n    " + body)
        print(repr(body), "ok")
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as err:
    print(err)
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
p = Plain()
names = dir(p)
print([n for n in names if not n.startswith("_")], "__class__" in names, "__dict__" in names)
print("args" in dir(ValueError()), "__class__" in dir(Plain), "cls_attr" in dir(Plain))
print(names == sorted(names))
