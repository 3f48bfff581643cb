# Function attributes and introspection basics.
def f(a, b=1):
    """Docstring here."""
    return a + b
print(f.__name__, f.__doc__, f.__defaults__)
f.calls = 0
f.calls += 1
print(f.calls, hasattr(f, "calls"), getattr(f, "missing", "none"))
setattr(f, "tag", "t")
print(f.tag)
delattr(f, "tag")
print(hasattr(f, "tag"))
def g():
    pass
print(g() is None, g.__doc__)
print(type(f).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
