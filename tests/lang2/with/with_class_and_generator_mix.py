# Mixing class-based and generator-based managers in one with statement; exceptions crossing both kinds.
from contextlib import contextmanager
events = []
class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError(f"{self.name} already held")
        self.held = True
        events.append("acquire " + self.name)
        return self
    def __exit__(self, *exc):
        self.held = False
        events.append("release " + self.name)
@contextmanager
def span(label):
    events.append("begin " + label)
    try:
        yield label.upper()
    except ZeroDivisionError:
        events.append("span swallowed ZeroDivisionError")
    finally:
        events.append("end " + label)
lock = Lock("L")
with lock, span("work") as w:
    events.append("body " + w)
print(events)
events.clear()
with span("outer"), lock:
    1 / 0
print(events)
events.clear()
try:
    with lock, lock:
        events.append("never")
except RuntimeError as e:
    events.append("error: " + str(e))
print(events, lock.held)
events.clear()
with span("a") as a, span("b") as b:
    events.append(a + b)
print(events)
