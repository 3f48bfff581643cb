# `a, b = x, y` assigns after evaluating every value (compiled without a tuple), in order.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
[p, q] = q_init, p_init = 10, 20
print(p, q, q_init, p_init)

lst = [0, 1, 2, 3]
i, j = 1, 3
lst[i], lst[j] = lst[j], lst[i]
print(lst)
i, lst[i] = 2, "two"      # the store to lst[i] uses the new i
print(i, lst)

class Obj:
    pass
o = Obj()
o.a, o.b = 1, 2
o.a, o.b = o.b, o.a
print(o.a, o.b)

order = []
def val(tag):
    order.append(tag)
    return tag
class Target:
    def __setattr__(self, name, v):
        order.append("set " + name)
        object.__setattr__(self, name, v)
t = Target()
t.first, t.second, t.third = val(1), val(2), val(3)
print(order)

m, (n, k) = 1, (2, 3)
print(m, n, k)
m, n = 1, [2, 3]
print(m, n)
c = [7, 8]
m, n, k = 0, *c
print(m, n, k)
try:
    m, n, k = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    m, n = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    u, v = 1, undefined_name
except NameError as e:
    print("NameError", e)
print(u if "u" in dir() else "u unbound")

def f():
    a, b = 1, 2
    for _ in range(3):
        a, b = b, a + b
    return a, b
print(f())
# Tuples and lists of the right length unpack the same as other iterables.
a, b = (5, 6)
c, d = [7, 8]
e, g = "hi"
h, k = {1: 0, 2: 0}
print(a, b, c, d, e, g, h, k)
