# asyncio: gather results in argument order, return_exceptions, exceptions propagating out of
# tasks, gather of nested tasks, Event and Lock contention.
import asyncio
async def val(x, d=0):
    await asyncio.sleep(d)
    return x
async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)
async def nested(n):
    if n == 0:
        return [0]
    parts = await asyncio.gather(nested(n - 1), val(n))
    return parts[0] + [parts[1]]
async def main():
    print(await asyncio.gather(val(1, 0.02), val(2, 0.01), val(3)))
    print(await asyncio.gather())
    print(await asyncio.gather(val("a"), fail("boom"), val("c"), return_exceptions=True))
    try:
        await asyncio.gather(val(1, 0.01), fail("first"), fail("second", 0.005))
    except ValueError as e:
        print("gather raised", e)
    print(await nested(4))
    t = asyncio.create_task(val("t"))
    print(await asyncio.gather(t, t, val("u")))
    ev = asyncio.Event()
    order = []
    async def waiter(i):
        order.append(f"wait{i}")
        await ev.wait()
        order.append(f"got{i}")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), order)
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), order, await ev.wait())
    ev.clear()
    print(ev.is_set())
    lock = asyncio.Lock()
    trace = []
    async def critical(i):
        async with lock:
            trace.append(f"in{i}")
            await asyncio.sleep(0.001)
            trace.append(f"out{i}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    blocked = asyncio.create_task(critical(9))
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(blocked.cancelled(), lock.locked())
async def crash():
    await asyncio.sleep(0)
    raise KeyError("in task")
async def main2():
    t = asyncio.create_task(crash())
    try:
        await t
    except KeyError as e:
        print("task exception", repr(e), t.done(), repr(t.exception()))
    await crash()
asyncio.run(main())
try:
    asyncio.run(main2())
except KeyError as e:
    print("run raised", repr(e))
