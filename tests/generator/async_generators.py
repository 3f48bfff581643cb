# Async generators driven by a hand-written event loop: awaits inside them pass through to
# the loop, plain yields complete each __anext__(), and the end raises StopAsyncIteration.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got

async def ticker(n):
    for i in range(n):
        woke = await Sleep("tick")
        yield (i, woke)

async def consumer():
    out = []
    async for item in ticker(3):
        out.append(item)
    agen = ticker(1)
    first = await agen.__anext__()
    out.append(first)
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        out.append("stop")
    return out

def run(coro):
    log = []
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return log, e.value
        log.append(request)
        value = len(log)

print(run(consumer()))

async def squares(n):
    for i in range(n):
        yield i * i

async def collect():
    return [x async for x in squares(5) if x % 2 == 0]

print(run(collect()))
print(type(squares(1)).__name__)
