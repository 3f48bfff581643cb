# Cooperative multitasking: producer/consumer coroutines sharing a queue.
class Pause:
    def __await__(self):
        yield
queue = []
log = []
async def producer(n):
    for i in range(n):
        queue.append(i)
        log.append("put " + str(i))
        await Pause()
    queue.append(None)
async def consumer(name):
    total = 0
    while True:
        while not queue:
            await Pause()
        item = queue.pop(0)
        if item is None:
            queue.append(None)
            return name + " total " + str(total)
        total += item
        log.append(name + " got " + str(item))
        await Pause()
def run_all(coros):
    tasks = list(coros)
    results = []
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run_all([producer(6), consumer("x"), consumer("y")]))
print(log)
