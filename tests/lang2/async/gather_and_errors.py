# A gather() helper over coroutines: results in order, first error propagates, others cancelled via close().
class Step:
    def __await__(self):
        yield "step"
async def job(name, steps, fail=False):
    for _ in range(steps):
        await Step()
    if fail:
        raise ValueError(f"{name} failed")
    return name.upper()
def gather(*coros):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    while pending:
        for entry in list(pending):
            i, c = entry
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = e.value
                pending.remove(entry)
            except Exception:
                for j, other in pending:
                    if other is not c:
                        other.close()
                raise
    return results
print(gather(job("a", 2), job("b", 0), job("c", 5)))
try:
    gather(job("x", 3), job("y", 1, fail=True), job("z", 9))
except ValueError as e:
    print(type(e).__name__, e)
async def cleanup_job():
    try:
        for _ in range(10):
            await Step()
    finally:
        print("cleanup_job finally ran")
try:
    gather(cleanup_job(), job("boom", 1, fail=True))
except ValueError as e:
    print("after cleanup:", e)
async def nested():
    a = await job("inner", 1)
    b = [await job(n, 1) for n in "pq"]
    return a, b
print(gather(nested()))
