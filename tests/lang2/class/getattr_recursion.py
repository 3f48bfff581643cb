# Infinite __getattr__ recursion becomes RecursionError, not a crash.
class Broken:
    def __getattr__(self, name):
        return self.other_missing
try:
    Broken().x
except RecursionError as e:
    print(type(e).__name__)
class Recur:
    def __init__(self):
        self.n = 0
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data[name]
try:
    Recur().foo
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __getattr__(self, name):
        print("computing", name)
        value = len(name)
        setattr(self, name, value)
        return value
l = Lazy()
print(l.hello, l.hello, l.ab, sorted(vars(l).items()))
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self.path + (name,))
    def __call__(self):
        return "/".join(self.path)
print(Chain().api.v1.users())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, "caught deep recursion")
print("still alive")
