class A:
    def __int__(self): return 7
class B:
    def __index__(self): return 8
class C:
    def __float__(self): return 2.5
class D:
    def __float__(self): return 3
class E:
    def __int__(self): return 'x'
for f in [int, float]:
    for obj in [A(), B(), C(), D(), E()]:
        try:
            print(f.__name__, type(obj).__name__, f(obj))
        except Exception as e:
            print(f.__name__, type(obj).__name__, type(e).__name__, e)
print(hex(B()), bin(B()), oct(B()), [10, 20, 30, 40, 50, 60, 70, 80, 90][B()], round(2.5, B()), (1).to_bytes(B(), 'big'))
class R(float):
    def __round__(self, n=None):
        return 'custom'
class S(int):
    pass
print(round(R(2.5)), round(R(2.5), 1), round(S(25), -1), type(round(S(25), -1)).__name__, round(S(7)), type(round(S(7))).__name__)
