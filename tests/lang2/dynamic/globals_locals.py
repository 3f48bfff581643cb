# globals() and locals(): reading, writing globals through the dict, snapshots of function locals.
counter = 0
def bump():
    globals()["counter"] += 1
bump()
bump()
print(counter)
globals()["created"] = "made via globals()"
print(created)
def show(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show(1))
def snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(snapshot())
def closure():
    v = "outer"
    def inner():
        return sorted(locals())
    def uses():
        return v, sorted(locals())
    return inner(), uses()
print(closure())
print(globals() is globals(), "show" in globals(), "__name__" in globals(), __name__)
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(locals() is globals())
g = globals()
g.update({"p": 1, "q": 2})
print(p + q)
del globals()["p"]
try:
    p
except NameError as e:
    print(type(e).__name__, e)
