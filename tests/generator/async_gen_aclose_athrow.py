# Async generators: aclose() and athrow() awaitables, with CPython's results and messages.
class step:
    def __await__(self):
        yield "tick"
def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return e.value, out
    except BaseException as e:
        return type(e).__name__ + ": " + str(e), out
async def ag():
    try:
        yield 1
        await step()
        yield 2
    finally:
        print("finally")
async def main1():
    g = ag()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try: await g.__anext__()
    except StopAsyncIteration: print("SAI")
print(run(main1()))
async def fresh():
    g = ag()
    print(await g.aclose())
    try: await g.__anext__()
    except StopAsyncIteration: print("SAI fresh")
    try: print(await g.athrow(ValueError))
    except BaseException as e: print("athrow closed", type(e).__name__)
print(run(fresh()))
async def ign():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print("ignoring")
async def main2():
    g = ign()
    await g.__anext__()
    try: await g.aclose()
    except RuntimeError as e: print("RE", e)
    try: await g.__anext__()
    except StopAsyncIteration: print("exhausted")
print(run(main2()))
async def thr():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("caught", e)
            await step()
            yield -i
async def main3():
    g = thr()
    print(await g.__anext__())
    print(await g.athrow(ValueError("v1")))
    print(await g.__anext__())
    print(await g.athrow(ValueError, ValueError("v2")))
    try: print(await g.athrow(KeyError("k")))
    except KeyError as e: print("KE", e)
    try: print(await g.athrow(KeyError("k")))
    except BaseException as e: print("after", type(e).__name__, e)
print(run(main3()))
async def main4():
    g = thr()
    try: await g.athrow(ValueError("fresh"))
    except ValueError as e: print("fresh VE", e)
    try: await g.__anext__()
    except StopAsyncIteration: print("SAI4")
    a = g.aclose()
    await a
    try: await a
    except RuntimeError as e: print(e)
    try: g.athrow(5)
    except TypeError as e: print(e)
    try: await g.athrow(5)
    except TypeError as e: print(e)
print(run(main4()))
async def main5():
    async def gg():
        yield 1
        return
    g = gg()
    print(await g.__anext__())
    try: print(await g.athrow(StopAsyncIteration))
    except BaseException as e: print("5", type(e).__name__, e)
    g = gg()
    print(await g.__anext__())
    try: print(await g.athrow(GeneratorExit))
    except BaseException as e: print("5b", type(e).__name__, e)
print(run(main5()))
async def main6():
    async def gg():
        try:
            yield 1
        finally:
            await step()
            print("cleanup awaited")
    g = gg()
    await g.__anext__()
    r = await g.aclose()
    print("closed", r)
print(run(main6()))
