# What counts as suppression: truthy/falsy __exit__ return values, exceptions replaced, nested managers.
class Ret:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return self.value
for v in (True, 1, "yes", [0], None, False, 0, "", []):
    try:
        with Ret(v):
            raise ValueError(repr(v))
        print(f"{v!r:>6}: suppressed")
    except ValueError:
        print(f"{v!r:>6}: propagated")
class Record:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    def __enter__(self):
        self.log.append("enter " + self.name)
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
log = []
with Record("outer", log, suppress=True):
    with Record("middle", log):
        with Record("inner", log):
            raise KeyError("x")
print(log)
log = []
with Record("outer", log):
    with Record("middle", log, suppress=True):
        with Record("inner", log):
            raise KeyError("y")
    log.append("after middle")
print(log)
def fn():
    for i in range(3):
        with Ret(True):
            if i == 1:
                raise StopIteration
            yield i
print(list(fn()))
