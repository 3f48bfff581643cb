# An async pipeline: async generator stages chained with async for, a hand-written loop, errors crossing stages.
class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
async def source(items):
    for x in items:
        await Tick()
        yield x
async def parse(stage):
    async for raw in stage:
        try:
            yield int(raw)
        except ValueError:
            yield None
async def drop_none(stage):
    async for v in stage:
        if v is not None:
            yield v
async def running_total(stage):
    total = 0
    async for v in stage:
        total += v
        yield total
async def collect(stage):
    return [v async for v in stage]
print(run(collect(running_total(drop_none(parse(source(["1", "x", "2", "3", "", "4"])))))))
async def explode(stage):
    async for v in stage:
        if v > 2:
            raise OverflowError(f"value {v} too large")
        yield v
async def guarded():
    out = []
    try:
        async for v in explode(source([1, 2, 3, 4])):
            out.append(v)
    except OverflowError as e:
        out.append(f"stopped: {e}")
    return out
print(run(guarded()))
async def take(stage, n):
    async for v in stage:
        if n <= 0:
            return
        n -= 1
        yield v
async def naturals():
    i = 0
    while True:
        await Tick()
        yield i
        i += 1
print(run(collect(take(naturals(), 5))))
