# async def returns a coroutine; await chains values and exceptions; coroutine attributes.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v
def run(coro, feed=None):
    steps = 0
    try:
        value = None
        while True:
            req = coro.send(value)
            steps += 1
            value = feed(steps) if feed else None
    except StopIteration as e:
        return e.value, steps
async def add(a, b):
    await Tick()
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
c = compute()
print(type(c).__name__, run(c))
async def echo():
    got = []
    for _ in range(3):
        got.append(await Tick())
    return got
print(run(echo(), feed=lambda n: n * 100))
async def fails():
    await Tick()
    raise KeyError("inside coroutine")
async def catches():
    try:
        await fails()
    except KeyError as e:
        return "caught " + repr(e)
print(run(catches()))
try:
    run(fails())
except KeyError as e:
    print("propagated", e)
async def nothing():
    return "immediate"
print(run(nothing()))
c = nothing()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = add(1, 1)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(type(e).__name__, e)
