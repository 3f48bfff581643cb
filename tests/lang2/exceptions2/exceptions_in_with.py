# Exceptions in with blocks: __exit__ sees them, can replace them, can suppress only some kinds.
class Only:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("clean exit")
            return False
        handled = issubclass(et, self.kinds)
        print("exit saw", et.__name__, ev, "handled" if handled else "passed on")
        return handled
with Only(KeyError):
    {}["missing"]
print("after suppressed KeyError")
try:
    with Only(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
with Only(ArithmeticError), Only(KeyError):
    1 / 0
print("inner passed, outer handled")
class Translate:
    def __enter__(self):
        pass
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("translated") from ev
try:
    with Translate():
        raise KeyError("raw")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)
class ExitFails:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitFails():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
try:
    with ExitFails():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
for i in range(3):
    with Only(ValueError):
        if i == 1:
            continue
        print("loop body", i)
with Only():
    pass
