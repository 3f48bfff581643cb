# object.__new__ refuses builtin types that make their instances in their own __new__.
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class L(list):
    def __new__(cls, *a):
        return super().__new__(cls)


class Plain:
    def __new__(cls):
        return object.__new__(cls)


print(MyInt(3), L([1]), type(L()), type(Plain()).__name__)
for t in (int, float, bytes, MyInt, bool):
    try:
        print(type(object.__new__(t)))
    except TypeError as e:
        print(e)
for bad in (5, "x", None):
    try:
        object.__new__(bad)
    except TypeError as e:
        print(e)


class D(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)


class S(set):
    def __new__(cls, *a):
        return super().__new__(cls)


print(D({"a": 1}, b=2), S([3, 3, 4]), D(), L())
