# A round-robin scheduler with tasks, sleeping, joining and cancellation via throw().
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Cancelled(Exception):
    pass
class Loop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.results = {}
    def spawn(self, name, coro):
        self.tasks.append([0, name, coro, None])
    def cancel(self, name):
        for t in self.tasks:
            if t[1] == name:
                t[3] = Cancelled(name)
    def run(self):
        while self.tasks:
            self.tasks.sort(key=lambda t: (t[0], t[1]))
            t = self.tasks.pop(0)
            wake, name, coro, exc = t
            self.now = max(self.now, wake)
            try:
                req = coro.throw(exc) if exc else coro.send(None)
            except StopIteration as e:
                self.results[name] = ("ok", e.value)
                continue
            except Exception as e:
                self.results[name] = ("error", type(e).__name__ + ": " + str(e))
                continue
            self.tasks.append([self.now + req[1], name, coro, None])
        return self.results
loop = Loop()
async def worker(name, n, delay):
    done = 0
    try:
        for i in range(n):
            print(f"t={loop.now} {name} step {i}")
            await Sleep(delay)
            done += 1
    except Cancelled:
        print(f"t={loop.now} {name} cancelled after {done}")
        return f"{name} partial {done}"
    return f"{name} finished {done}"
async def canceller():
    await Sleep(3)
    print(f"t={loop.now} cancelling slow")
    loop.cancel("slow")
async def crasher():
    await Sleep(2)
    raise RuntimeError("crashed at t=" + str(loop.now))
loop.spawn("fast", worker("fast", 3, 1))
loop.spawn("slow", worker("slow", 5, 2))
loop.spawn("cancel", canceller())
loop.spawn("crash", crasher())
for k, v in sorted(loop.run().items()):
    print(k, v)
