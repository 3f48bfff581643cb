# __hash__ and __eq__ in dicts and sets: hash=None in subclasses, inherited hash, explicit hash.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print(f"  eq({self.k}, {getattr(o, 'k', o)})")
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
print("lookup")
print(d[Key("a")])
d[Key("a")] = 2
print(d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class Parent:
    def __hash__(self):
        return 7
class EqChild(Parent):
    def __eq__(self, o):
        return True
print(EqChild.__hash__ is None)
try:
    hash(EqChild())
except TypeError as e:
    print(type(e).__name__, e)
class KeepHash(Parent):
    def __eq__(self, o):
        return True
    __hash__ = Parent.__hash__
print(hash(KeepHash()))
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(True) == hash(1), {1: "int", True: "bool", 1.0: "float"})
