# contextlib: ExitStack (enter_context, callback, push, pop_all, close, unwinding order and
# exception propagation), suppress, closing, nullcontext.
from contextlib import ExitStack, suppress, closing, nullcontext


class Res:
    def __init__(self, name, fail_exit=False, swallow=False):
        self.name, self.fail_exit, self.swallow = name, fail_exit, swallow

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return self.swallow


with ExitStack() as stack:
    files = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", "args", sep="-")
    print("using", [f.name for f in files])

with ExitStack() as stack:
    stack.enter_context(Res("outer", swallow=True))
    stack.enter_context(Res("inner"))
    raise KeyError("swallowed by outer")
print("after swallow")

try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        stack.enter_context(Res("y", fail_exit=True))
        raise ValueError("original")
except RuntimeError as e:
    print("raised:", e, "| context:", repr(e.__context__))


def on_exit(et, ev, tb):
    print("push callback saw", et.__name__ if et else None)
    return True


with ExitStack() as stack:
    stack.push(on_exit)
    stack.push(Res("pushed"))
    raise IndexError
print("push suppressed")

with ExitStack() as stack:
    stack.enter_context(Res("kept"))
    kept = stack.pop_all()
    print("pop_all moved", len(kept._exit_callbacks))
print("block done")
kept.close()
stack = ExitStack()
stack.callback(lambda: print("closed explicitly"))
stack.close()
stack.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)


class Conn:
    def close(self):
        print("conn closed")


with closing(Conn()) as c:
    print(type(c).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)


def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()


with maybe_lock():
    print("no lock needed")
