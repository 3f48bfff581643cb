# C3 MRO on a diamond, __mro__, super() chains through every class once.
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print([c.__name__ for c in Child.__mro__])
print(Child().hello())
print([c.__name__ for c in Child.mro()])
print(Left.__bases__ == (Base,), Child.__bases__ == (Left, Right))
print(Child.__base__.__name__)
class X: pass
class Y: pass
class Z: pass
class A(X, Y): pass
class B(Y, Z): pass
class M(A, B): pass
print([c.__name__ for c in M.__mro__])
try:
    class Bad(X, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(M, Y), issubclass(M, (int, Z)), issubclass(X, M))
print(isinstance(M(), (str, B)), isinstance(3, (str, float)))
