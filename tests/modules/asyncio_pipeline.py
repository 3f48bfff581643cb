# A realistic asyncio program: a producer/consumer pipeline over a small queue built from
# Event, a periodic "blinker" cancelled from outside, and a watchdog with wait_for.
import asyncio
class Queue:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.not_empty = asyncio.Event()
        self.not_full = asyncio.Event()
        self.not_full.set()
    async def put(self, x):
        while len(self.items) >= self.size:
            self.not_full.clear()
            await self.not_full.wait()
        self.items.append(x)
        self.not_empty.set()
    async def get(self):
        while not self.items:
            self.not_empty.clear()
            await self.not_empty.wait()
        x = self.items.pop(0)
        self.not_full.set()
        return x
log = []
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        log.append(f"put {i}")
    await q.put(None)
async def stage(src, dst, f, name):
    while True:
        x = await src.get()
        if x is None:
            await dst.put(None)
            return name + " done"
        await dst.put(f(x))
async def consumer(q):
    total = []
    while True:
        x = await q.get()
        if x is None:
            return total
        total.append(x)
blinks = []
async def blinker(period_ms):
    state = False
    try:
        while True:
            state = not state
            blinks.append("on" if state else "off")
            await asyncio.sleep(period_ms / 1000)
    except asyncio.CancelledError:
        blinks.append("stopped")
        raise
async def main():
    a, b = Queue(2), Queue(1)
    blink = asyncio.create_task(blinker(5))
    results = await asyncio.gather(producer(a, 6), stage(a, b, lambda x: x * x, "square"), consumer(b))
    print(results[1], results[2])
    print(log)
    await asyncio.sleep(0.012)
    blink.cancel()
    try:
        await blink
    except asyncio.CancelledError:
        pass
    print(blinks[:2], blinks[-1], len(blinks) >= 3, blink.cancelled())
    async def hang():
        await asyncio.Event().wait()
    try:
        await asyncio.wait_for(hang(), 0.01)
    except asyncio.TimeoutError:
        print("watchdog fired")
asyncio.run(main())
