# asyncio: task ordering, sleep(0) round-robin, timers, results, current_task.
import asyncio
log = []
async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n
async def sleeper(name, delay):
    await asyncio.sleep(delay)
    log.append("woke " + name)
    return delay
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print(t1.done(), log)
    r = await t1
    print(r, t2.done(), log)
    print(await t2)
    log.clear()
    ts = [asyncio.create_task(sleeper(n, d)) for n, d in (("x", 0.3), ("y", 0.1), ("z", 0.2))]
    for t in ts:
        print(await t)
    print(log)
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(0.001, 5))
    t = asyncio.current_task()
    print(t is not None, t.done(), asyncio.current_task() is t)
    async def inner():
        return asyncio.current_task() is t
    print(await inner(), await asyncio.create_task(inner()))
    print(asyncio.get_running_loop() is asyncio.get_event_loop())
    return "main done"
print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
async def ret(x):
    return x
print(asyncio.run(ret(7)))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(ret("loop")))
t = loop.create_task(ret("task"))
print(loop.run_until_complete(t), t.done(), t.result())
loop.close()
print(loop.is_closed())
