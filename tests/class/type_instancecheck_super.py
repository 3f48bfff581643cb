# A metaclass hook can fall back to type.__instancecheck__/__subclasscheck__ through super().
class Meta(type):
    def __instancecheck__(cls, obj):
        print('check', type(obj).__name__)
        return super().__instancecheck__(obj)
    def __subclasscheck__(cls, sub):
        return super().__subclasscheck__(sub) or sub is int
class A(metaclass=Meta): pass
class B(A): pass
print(isinstance(B(), A), isinstance(3, A), issubclass(int, A), issubclass(B, A), issubclass(str, A))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(object, bool), type.__instancecheck__(str, 3))
try: type.__subclasscheck__(int, 3)
except TypeError as e: print(e)
