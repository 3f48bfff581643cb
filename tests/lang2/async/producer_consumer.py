# Producer/consumer with an async queue implemented on a hand-written loop.
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready:
            c = self.ready.pop(0)
            try:
                c.send(None)
            except StopIteration as e:
                if e.value is not None:
                    self.log.append(e.value)
                continue
            self.ready.append(c)
class Pause:
    def __await__(self):
        yield
class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, x):
        while len(self.items) >= self.maxsize:
            await Pause()
        self.items.append(x)
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)
async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"{name} put {name}{i} (size {len(q.items)})")
    await q.put(None)
    return f"{name} done"
async def consumer(q, producers):
    seen, finished = [], 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        seen.append(item)
    return "consumed " + ",".join(seen)
loop = Loop()
q = Queue(2)
loop.spawn(producer(q, "a", 3))
loop.spawn(producer(q, "b", 2))
loop.spawn(consumer(q, 2))
loop.run()
print(loop.log)
