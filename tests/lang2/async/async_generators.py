# Async generators: async for, asend/athrow/aclose, and async comprehensions.
from _loop import Yield, run
async def ticker(n):
    for i in range(n):
        await Yield()
        yield i
async def squares(src):
    async for v in src:
        yield v * v
async def main():
    out = []
    async for v in squares(ticker(4)):
        out.append(v)
    print("squares", out)
    print("comp", [x async for x in ticker(5) if x % 2 == 0])
    print("set", sorted({x % 3 async for x in ticker(7)}))
    print("dict", {x: x * 10 async for x in ticker(3)})
    print("await in comp", [await double(x) for x in range(3)])
    g = ticker(3)
    print(type(g).__name__)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    acc = accumulator()
    print(await acc.asend(None), await acc.asend(5), await acc.asend(7))
    try:
        await acc.athrow(ValueError("stop"))
    except StopAsyncIteration:
        print("accumulator finished after throw")
    return "main done"
async def double(x):
    await Yield()
    return 2 * x
async def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            print("accumulator got ValueError at", total)
            return
        total += v
print(run(main()))
