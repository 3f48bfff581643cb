# An augmented assignment on an instance of a subclass of a mutable builtin, whose class does
# not define the in-place method, mutates the instance and keeps it bound (CPython's list.__iadd__
# returns self); immutable bases give a plain builtin result.
class L(list):
    pass


z = L([5])
w = z
z += [6]
z *= 2
print(type(z).__name__, z is w, z)


class D(dict):
    pass


d = D(a=1)
e = d
d |= {"b": 2}
print(type(d).__name__, d is e, d)


class B(bytearray):
    pass


b = B(b"x")
c = b
b += b"y"
print(type(b).__name__, b is c, b)


class S(set):
    pass


s = S({1})
r = s
s |= {2}
s -= {1}
print(type(s).__name__, s is r, s)


class MyInt(int):
    pass


q = MyInt(3)
q += 0
print(type(q).__name__, q)


class T(tuple):
    pass


t = T((1,))
t += ()
print(type(t).__name__, t)
t += (2,)
print(type(t).__name__, t)


class Str(str):
    pass


x = Str("a")
x += ""
print(type(x).__name__, x)


def grow(items):
    items += [len(items)]
    return items


g = L()
for _ in range(3):
    g = grow(g)
print(type(g).__name__, g)
