# asyncio: cancellation delivers CancelledError at the await, finally blocks run, wait_for
# timeouts cancel the inner task and raise TimeoutError.
import asyncio
log = []
async def victim(name):
    try:
        log.append(name + " start")
        await asyncio.sleep(10)
        log.append(name + " never")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn caught")
    return "kept going"
async def slow(x):
    try:
        await asyncio.sleep(1)
        return x
    finally:
        log.append(f"slow {x} finally")
async def main():
    t = asyncio.create_task(victim("v"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await cancelled task raises", t.cancelled(), t.done())
    print(t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    early = asyncio.create_task(victim("early"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before start", early.cancelled())
    try:
        await asyncio.wait_for(slow(1), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(2), 5))
    print(await asyncio.wait_for(slow(3), None))
    try:
        await asyncio.wait_for(slow(4), 0)
    except TimeoutError:
        print("zero timeout")
    msg = asyncio.create_task(victim("m"))
    await asyncio.sleep(0)
    msg.cancel("with reason")
    try:
        await msg
    except asyncio.CancelledError as e:
        print("message", e.args)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result of cancelled")
    print(log)
asyncio.run(main())
async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("left-over task cleaned up")
async def main2():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main2"
print(asyncio.run(main2()))
