# vars() and dir() edge cases: objects with __slots__, builtins, modules; __dict__ assignment; setattr with odd names.
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
for obj in (1, "s", [], None):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Open:
    pass
o = Open()
o.__dict__ = {"x": 1, "y": 2}
print(o.x, sorted(vars(o)))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
setattr(o, "with space", 3)
setattr(o, "123", 4)
print(getattr(o, "with space"), vars(o)["123"], sorted(vars(o)))
delattr(o, "with space")
print(hasattr(o, "with space"))
import sys
print(isinstance(dir(sys), list), "modules" in dir(sys), vars(sys) is sys.__dict__)
print(sorted(vars(Open)) == sorted(Open.__dict__), type(vars(Open)).__name__)
class WithDir:
    def __dir__(self):
        return ("b", "a", "b")
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
