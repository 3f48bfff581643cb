# The asend/athrow awaitables as objects: argument errors when awaited, send/throw/close.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gg():
    yield 1
    yield 2
async def main():
    g = gg()
    await g.__anext__()
    try: await g.athrow(5)
    except TypeError as e: print(e)
    print(await g.__anext__())
    try: g.athrow()
    except TypeError as e: print(e)
    try: await g.athrow(int)
    except TypeError as e: print(e)
    try: await g.athrow(ValueError, 5)
    except ValueError as e: print("VE", repr(e))
    g = gg()
    await g.__anext__()
    a = g.asend(None)
    try: a.send(5)
    except BaseException as e: print(type(e).__name__, e)
    print(repr(g.aclose()).split()[0], type(g.athrow(ValueError)).__name__)
    print(type(g.asend(1)).__name__, type(g.__anext__()).__name__)
    g = gg()
    print(await g.__anext__())
    c = g.aclose()
    print(c.send(None) if False else "")
    try: c.send(None)
    except StopIteration as e: print("stop", e.value)
    g = gg()
    print(await g.__anext__())
    c = g.athrow(KeyError)
    try: c.throw(ValueError)
    except BaseException as e: print(type(e).__name__)
    try: c.close()
    except BaseException as e: print(type(e).__name__)
print(run(main()))
