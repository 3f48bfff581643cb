# Positional-only parameters passed by keyword: CPython names all of them, in parameter order.
def po(a, b, /, c):
    return a + b + c


print(po(1, 2, c=3), po(1, 2, 3))
for kw in [{'a': 1, 'b': 2, 'c': 3}, {'b': 2, 'a': 1, 'c': 3}, {'b': 1, 'c': 2}]:
    try:
        po(**kw)
    except TypeError as e:
        print(e)
try:
    po(1, b=2, c=3)
except TypeError as e:
    print(e)


def pk(a, /, **kw):
    return a, kw


print(pk(1, a=2))
