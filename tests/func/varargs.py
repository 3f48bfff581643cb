# *args and **kwargs, forwarding.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2, a=3))
def g(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*[1, 2, 3], **{"c": 0, "z": 1}))
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(wrapper(9, x=8))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(10)))
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, **{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
