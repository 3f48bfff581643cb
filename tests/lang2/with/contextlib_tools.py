# contextlib: contextmanager with exceptions, suppress, nullcontext, ExitStack, closing.
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("tag saw", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("handled inside generator")
print("continued")
try:
    with tag("u"):
        raise KeyError("not handled")
except KeyError as e:
    print("escaped", repr(e))
with suppress(KeyError, IndexError):
    [][3]
print("suppressed")
with nullcontext(42) as v:
    print("null", v)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("stack body", names)
class Thing:
    def close(self):
        print("Thing closed")
with closing(Thing()):
    print("using thing")
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
