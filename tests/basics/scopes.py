# Name resolution: local, enclosing, global, builtin.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_later():
    return later_defined
later_defined = "late"
print(uses_later())
for loopvar in range(3):
    pass
print(loopvar)
if True:
    blockvar = "visible"
print(blockvar)
