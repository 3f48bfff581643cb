# NotImplemented and Ellipsis: identity, truthiness, use in dunders, slices with ....
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
print(bool(...), str(Ellipsis))
class Only:
    def __eq__(self, other):
        return NotImplemented
print(Only() == 5, Only() != 5)
o = Only()
print(o == o, o != o)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
def stub():
    ...
print(stub())
class Arr:
    def __getitem__(self, k):
        if k is Ellipsis:
            return "everything"
        if isinstance(k, tuple):
            return tuple("..." if x is ... else x for x in k)
        return k
a = Arr()
print(a[...], a[1, ..., 2], a[..., 0])
print((1, 2, 3) == (1, ..., 3), [...] == [...], {...: 1}[...])
x = [1]
x.append(x)
print(x)
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__)
