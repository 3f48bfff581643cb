# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(a=1, b=2, c=4))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError", e)
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
def pos_kw(x, /, **kw):
    return x, kw
print(pos_kw(1, x=2))
try:
    kw(1, b=2, zz=5)
except TypeError as e:
    print("TypeError", e)
