# contextlib: asynccontextmanager's exception paths (athrow into the generator, suppression),
# AsyncExitStack unwinding with a suppressing manager, and aclosing.
from contextlib import asynccontextmanager, AsyncExitStack, aclosing
@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name
    except KeyError as e:
        print("session saw", repr(e))
        raise
    finally:
        print("close", name)
@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")
async def main():
    try:
        async with session("err"):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)
    async with swallow():
        raise ValueError
    async with AsyncExitStack() as st:
        await st.enter_async_context(swallow())
        await st.enter_async_context(session("s"))
        raise ValueError("inner")
    async with aclosing(agen()) as g:
        async for x in g:
            print(x); break
    return "done"
c = main()
try: c.send(None)
except StopIteration as e: print(e.value)
