# Class body scoping: class variables not visible in methods, nested functions, name mangling.
x = "global x"
class A:
    x = "class x"
    y = x + "!"
    def get(self):
        return x
    def get_class(self):
        return self.x, A.x
    lst = [x for _ in range(1)]
print(A.y, A().get(), A().get_class(), A.lst)
class Secret:
    def __init__(self):
        self.__hidden = 1
        self._protected = 2
    def reveal(self):
        return self.__hidden
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
s = Secret()
print(s.reveal(), s.call_private(), s._Secret__hidden, s._protected)
print(sorted(k for k in vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "sub"
print(sorted(vars(Sub())))
def outer():
    v = "enclosing"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner.w, Inner().m()
print(outer())
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
