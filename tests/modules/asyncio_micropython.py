# MicroPython-only asyncio API: sleep_ms, wait_for_ms, ThreadSafeFlag, the uasyncio name.
import asyncio
import uasyncio
print(uasyncio.sleep_ms is asyncio.sleep_ms or uasyncio.Event.__name__ == "Event")
async def tick(n, log):
    for i in range(n):
        log.append(i)
        await asyncio.sleep_ms(1)
    return n
async def slow():
    await asyncio.sleep_ms(1000)
async def main():
    log = []
    print(await asyncio.wait_for_ms(tick(3, log), 1000), log)
    try:
        await asyncio.wait_for_ms(slow(), 5)
    except asyncio.TimeoutError:
        print("timed out")
    flag = asyncio.ThreadSafeFlag()
    got = []
    async def waiter():
        await flag.wait()
        got.append("first")
        await flag.wait()
        got.append("second")
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(0)
    flag.set()
    await asyncio.sleep_ms(0)
    await asyncio.sleep_ms(0)
    print(got)
    flag.set()
    await t
    print(got)
    flag.set()
    flag.clear()
    w = asyncio.create_task(flag.wait())
    await asyncio.sleep_ms(2)
    print(w.done())
    w.cancel()
asyncio.run(main())
