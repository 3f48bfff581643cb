# Context managers that suppress exceptions and record results.
class suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.caught = t.__name__ if t else None
        return t is not None and issubclass(t, self.types)
with suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed", s.caught)
with suppress(KeyError) as s:
    pass
print("nothing", s.caught)
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
class Recorder:
    def __enter__(self):
        self.lines = []
        return self.lines.append
    def __exit__(self, *a):
        print("recorded", self.lines)
with Recorder() as rec:
    rec(1)
    rec("two")
