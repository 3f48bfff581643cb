# An async lock and semaphore implemented with a hand-written loop; contention shown step by step.
class Pause:
    def __await__(self):
        yield
class Lock:
    def __init__(self):
        self.locked = False
        self.waits = 0
    async def __aenter__(self):
        while self.locked:
            self.waits += 1
            await Pause()
        self.locked = True
    async def __aexit__(self, *exc):
        self.locked = False
        return False
class Semaphore:
    def __init__(self, n):
        self.n = n
        self.peak = 0
        self.active = 0
    async def __aenter__(self):
        while self.n == 0:
            await Pause()
        self.n -= 1
        self.active += 1
        self.peak = max(self.peak, self.active)
    async def __aexit__(self, *exc):
        self.n += 1
        self.active -= 1
def run_all(coros):
    q = list(coros)
    while q:
        c = q.pop(0)
        try:
            c.send(None)
            q.append(c)
        except StopIteration:
            pass
lock = Lock()
shared = []
async def writer(name, n):
    for i in range(n):
        async with lock:
            shared.append(f"{name}{i}:start")
            await Pause()
            shared.append(f"{name}{i}:end")
run_all([writer("a", 2), writer("b", 2)])
print(shared)
print("waits", lock.waits)
sem = Semaphore(2)
async def limited(i):
    async with sem:
        await Pause()
        await Pause()
run_all([limited(i) for i in range(5)])
print("peak concurrency", sem.peak, "final", sem.n)
async def fails():
    async with lock:
        raise ValueError("inside lock")
try:
    run_all([fails()])
except ValueError as e:
    print(type(e).__name__, e, "lock released:", not lock.locked)
