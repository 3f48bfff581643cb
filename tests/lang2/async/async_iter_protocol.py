# Async iteration protocol details: __aiter__ returning self, StopAsyncIteration, async generators with finally.
from _loop import Yield, run
class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Yield()
        self.i += 1
        return self.i - 1
async def agen(log):
    try:
        for i in range(5):
            yield i
            log.append(f"resumed after {i}")
    finally:
        log.append("agen finally")
async def main():
    out = [x async for x in AsyncRange(4)]
    log = []
    g0 = agen(log)
    async for v in g0:
        if v == 2:
            break
    log.append("explicit aclose")
    await g0.aclose()
    g = agen(log)
    await g.__anext__()
    await g.aclose()
    total = 0
    async for v in AsyncRange(3):
        async for w in AsyncRange(v):
            total += w
    it = AsyncRange(1).__aiter__()
    first = await it.__anext__()
    try:
        await it.__anext__()
    except StopAsyncIteration:
        stopped = True
    return out, log, total, first, stopped
print(run(main()))
async def agen_fn():
    yield 1
print(type(agen_fn()).__name__, type(agen_fn).__name__)
print(hasattr(agen_fn(), "__anext__"), hasattr(agen_fn(), "asend"), hasattr(agen_fn(), "__next__"))
async def bad():
    async for x in agen_fn():
        raise KeyError("inside async for")
try:
    run(bad())
except KeyError as e:
    print(type(e).__name__, e)
