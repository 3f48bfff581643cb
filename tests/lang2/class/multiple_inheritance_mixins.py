# Mixins with cooperative super(): JSON/repr/compare mixins combined with a base class.
class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def describe(self):
        return ["Base"]
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
    def describe(self):
        return ["Repr"] + super().describe()
class DictMixin:
    def to_dict(self):
        return dict(sorted(vars(self).items()))
    def describe(self):
        return ["Dict"] + super().describe()
class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    __hash__ = None
class LoggedInit:
    def __init__(self, **kw):
        print("LoggedInit before", sorted(kw))
        super().__init__(**kw)
        print("LoggedInit after")
class User(ReprMixin, DictMixin, CompareMixin, LoggedInit, Base):
    pass
u = User(name="ann", age=3)
v = User(name="ann", age=3)
print(u, u.to_dict(), u == v, u < User(name="bob", age=1))
print(u.describe())
print([c.__name__ for c in User.__mro__])
try:
    hash(u)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(u, (DictMixin, int)), issubclass(User, CompareMixin))
class A:
    def go(self): return "A"
class B(A):
    pass
class C(A):
    def go(self): return "C"
class D(B, C):
    pass
print(D().go(), [k.__name__ for k in D.__mro__])
