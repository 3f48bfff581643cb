# __exit__ receives the exact exception instance and a traceback; re-raising inside __exit__; exit on return values.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et, self.ev, self.tb = et, ev, tb
        return True
err = ValueError("specific")
with Inspect() as i:
    raise err
print(i.et is ValueError, i.ev is err, i.tb is not None, type(i.tb).__name__)
with Inspect() as i:
    pass
print(i.et, i.ev, i.tb)
with Inspect() as i:
    raise KeyError
print(i.et.__name__, repr(i.ev), i.ev.args)
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise ev
try:
    with Reraise():
        raise IndexError("again")
except IndexError as e:
    print("re-raised", e)
class Counts:
    exits = 0
    def __enter__(self):
        return self
    def __exit__(self, *a):
        Counts.exits += 1
def f(n):
    with Counts():
        if n == 0:
            return "zero"
        with Counts():
            if n == 1:
                return "one"
        return "many"
print(f(0), f(1), f(2), Counts.exits)
def g():
    for i in range(3):
        with Counts():
            try:
                if i == 1:
                    raise StopIteration
            except StopIteration:
                continue
    return Counts.exits
print(g())
