# Context managers that patch state: redirect_stdout to a StringIO, temporary attribute, indenting printer.
import io
from contextlib import redirect_stdout, contextmanager
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print("captured text:", repr(buf.getvalue()))
class Settings:
    level = "info"
@contextmanager
def temporarily(obj, **changes):
    old = {k: getattr(obj, k) for k in changes}
    for k, v in changes.items():
        setattr(obj, k, v)
    try:
        yield obj
    finally:
        for k, v in old.items():
            setattr(obj, k, v)
with temporarily(Settings, level="debug"):
    print("inside", Settings.level)
print("outside", Settings.level)
try:
    with temporarily(Settings, level="trace"):
        raise RuntimeError("fail inside")
except RuntimeError as e:
    print("restored after error:", Settings.level, e)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
with Indenter() as ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
    ind.print("back to one")
