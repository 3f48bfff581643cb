# Timeouts and cancellation on a hand-written loop: throw() a Cancelled into sleeping coroutines, cleanup in finally.
class Cancelled(BaseException):
    pass
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield self.t
class Loop:
    def __init__(self):
        self.now = 0
        self.tasks = {}
    def run(self, coros, timeouts):
        pending = {name: [0, c] for name, c in coros.items()}
        results = {}
        while pending:
            name = min(pending, key=lambda n: (pending[n][0], n))
            wake, coro = pending[name]
            self.now = max(self.now, wake)
            deadline = timeouts.get(name)
            try:
                if deadline is not None and self.now >= deadline:
                    coro.throw(Cancelled(f"{name} timed out at {self.now}"))
                    results[name] = "ignored cancellation"
                    coro.close()
                    del pending[name]
                    continue
                delay = coro.send(None)
                pending[name][0] = self.now + delay
            except StopIteration as e:
                results[name] = ("done", e.value, self.now)
                del pending[name]
            except Cancelled as e:
                results[name] = ("cancelled", str(e))
                del pending[name]
            except Exception as e:
                results[name] = ("failed", type(e).__name__, str(e))
                del pending[name]
        return results
loop = Loop()
async def worker(name, steps, delay, log):
    try:
        for i in range(steps):
            await Sleep(delay)
            log.append(f"{name}{i}@{loop.now}")
        return steps
    finally:
        log.append(f"{name} cleanup@{loop.now}")
async def stubborn(log):
    try:
        await Sleep(5)
    except Cancelled:
        log.append("stubborn caught cancel")
        await Sleep(1)
    return "stubborn done"
async def broken():
    await Sleep(2)
    raise RuntimeError("broken task")
log = []
res = loop.run({"fast": worker("fast", 3, 1, log), "slow": worker("slow", 5, 3, log),
                "stub": stubborn(log), "bad": broken()}, {"slow": 7, "stub": 2})
for k in sorted(res):
    print(k, res[k])
print(log)
