# A tiny event loop written in the test, driving coroutines with send().
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self
async def worker(name, n, delay, log):
    for i in range(n):
        log.append((name, i))
        await Sleep(delay)
    return name + " done"
def run(coros):
    now = 0
    ready = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, i, c = ready.pop(0)
        now = max(now, when)
        try:
            req = c.send(None)
            ready.append((now + req.ticks, i, c))
        except StopIteration as e:
            results[i] = (now, e.value)
    return results
log = []
res = run([worker("a", 3, 2, log), worker("b", 2, 3, log), worker("c", 4, 1, log)])
print(log)
print(sorted(res.items()))
