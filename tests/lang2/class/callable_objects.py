# __call__, bound methods as values, functions stored on classes.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def apply(self, xs):
        return list(map(self, xs))
triple = Multiplier(3)
print(triple(5), callable(triple), triple.apply([1, 2]))
m = triple.apply
print(m([4]), m.__self__ is triple, m.__func__ is Multiplier.apply)
class Registry:
    handlers = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.handlers[name] = f
            return f
        return deco
@Registry.register("hi")
def say_hi():
    return "hi!"
print(Registry.handlers["hi"](), sorted(Registry.handlers))
