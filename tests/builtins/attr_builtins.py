# getattr/setattr/hasattr/delattr on functions, callable.
def f():
    return "f"
print(hasattr(f, "x"), getattr(f, "x", 0))
setattr(f, "x", 5)
print(hasattr(f, "x"), getattr(f, "x"), f.x)
f.x += 1
print(f.x)
delattr(f, "x")
print(hasattr(f, "x"))
try:
    getattr(f, "x")
except AttributeError as e:
    print("AttributeError", e)
print(callable(f), callable(len), callable(1), callable("s"), callable(int), callable(lambda: 0))
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "real"))
