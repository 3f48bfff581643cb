# A bound method forwards attribute reads to its function (decorator tags), not writes.
def deco(f):
    f.tag = 'tagged'
    return f
class A:
    @deco
    def m(self): pass
a = A()
print(a.m.tag, A.m.tag, getattr(a.m, 'tag', None), hasattr(a.m, 'nope'))
print(a.m.__doc__, a.m.__module__, a.m.__dict__ if hasattr(a.m, '__dict__') else 'nodict')
try: a.m.tag = 1
except AttributeError as e: print(e)
