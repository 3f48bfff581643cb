# __hash__ results reduced as CPython does, super() argument checks, MRO error messages.
class Big:
    def __hash__(self):
        return 2 ** 100
class Neg:
    def __hash__(self):
        return -1
class IntSub(int):
    pass
class Sub:
    def __hash__(self):
        return IntSub(7)
class Bad:
    def __hash__(self):
        return "x"
print(hash(Big()) == hash(2 ** 100), hash(Neg()) == hash(-1), hash(Sub()))
print(len({Big(), Big()}))
try:
    hash(Bad())
except TypeError as e:
    print(e)
class P:
    def f(self):
        return "P"
class Q(P):
    def f(self):
        return "Q>" + super().f()
print(Q().f(), super(Q, Q()).f(), super(Q, Q).f(Q()))
for src in ("super(Q, 5)", "super(1)", "super(Q, P())", "super(P, Q, 3)", "super()"):
    try:
        eval(src)
        print(src, "ok")
    except (TypeError, RuntimeError) as e:
        print(src, type(e).__name__, e)
class X:
    pass
class Y(X):
    pass
for bases in ("X, Y", "X, X", "object, object", "Y, X"):
    try:
        exec(f"class Z({bases}): pass")
        print(bases, "ok")
    except TypeError as e:
        print(bases, repr(str(e)))
