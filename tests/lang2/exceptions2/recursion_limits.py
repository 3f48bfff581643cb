# RecursionError from deep recursion in functions, __repr__, __eq__ and property getters; recovery afterwards.
import sys
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError:
    print("repr recursion caught")
class Prop:
    @property
    def loop(self):
        return self.loop
try:
    Prop().loop
except RecursionError:
    print("property recursion caught")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
lst = []
lst.append(lst)
print(lst, repr([lst, lst]))
d = {}
d["self"] = d
print(d)
print(isinstance(sys.getrecursionlimit(), int))
