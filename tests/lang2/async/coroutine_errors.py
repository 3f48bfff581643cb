# Misusing coroutines: never-awaited objects, awaiting twice, await outside async, yield in async def.
from _loop import Yield, run
async def job():
    await Yield()
    return 1
c = job()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
for src in ("await job()", "def f():\n    await job()\n", "async def f():\n    yield from []\n",
            "async def f():\n    x = [i async for i in y]\n    return x\n",
            "def g():\n    async with x:\n        pass\n"):
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
class NotAwaitable:
    def __await__(self):
        return 5
async def uses():
    await NotAwaitable()
try:
    run(uses())
except TypeError as e:
    print(type(e).__name__, e)
async def ret_value():
    return [1, 2]
async def outer():
    a = await ret_value()
    b = await ret_value()
    return a + b, a is b
print(run(outer()))
print(type(job()).__name__, type(job).__name__, job.__name__, job().__qualname__)
