# TypeError messages for wrong calls to methods, constructors, static and class methods.
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def move(self, dx, *, fast=False):
        return self.x + dx
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
calls = [
    lambda: P(),
    lambda: P(1, 2, 3),
    lambda: P(1, z=2),
    lambda: P(1, x=2),
    lambda: P(1).move(),
    lambda: P(1).move(1, 2),
    lambda: P(1).move(1, fast=True, slow=1),
    lambda: P.move(1),
    lambda: P.s(),
    lambda: P.c(1, 2),
    lambda: P(1).s(1, 2),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    OnlyNew()
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
print(P.move(P(10), 5), P(3).move(dx=4))
