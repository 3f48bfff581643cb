# An exception from __set_name__ reaches the class statement as CPython 3.11's RuntimeError,
# chained to the original; a property without a getter says so.
class D:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)


try:
    class C:
        d = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)


class Ok:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + '.' + name


class K:
    a = Ok()


print(K.a.where)


class P:
    def _set(self, v):
        self.v = v
    x = property(None, _set)


p = P()
p.x = 3
print(p.v)
try:
    p.x
except AttributeError as e:
    print('AttributeError')
