# contextlib: redirect_stdout/redirect_stderr (print honours a rebound sys.stdout), nesting,
# ContextDecorator, asynccontextmanager and AsyncExitStack.
import sys
import io
from contextlib import redirect_stdout, redirect_stderr, ContextDecorator
from contextlib import asynccontextmanager, AsyncExitStack


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("captured", 1, 2, sep=",")
    print("second")
    sys.stdout.write("direct\n")
print(target is cap, cap.parts)
buf = io.StringIO()
with redirect_stdout(buf):
    print("into StringIO")
    inner = io.StringIO()
    with redirect_stdout(inner):
        print("nested")
    print("outer again")
print(repr(buf.getvalue()), repr(inner.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("restored?")
except ValueError:
    print("stdout restored after error")


class trace(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


@trace()
def job(n):
    print("job", n)
    return n


print(job(3))


@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name + "!"
    finally:
        print("close", name)


async def main():
    async with session("s1") as s:
        print("in", s)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("a"))
        b = await stack.enter_async_context(session("b"))
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hi")
        print("got", a, b)
    return "done"


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
