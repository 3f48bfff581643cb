# Coroutines awaiting coroutines, return values, exceptions across await.
class Yield:
    def __await__(self):
        value = yield "tick"
        return value
async def leaf(x):
    got = await Yield()
    if x < 0:
        raise ValueError("negative " + str(x))
    return x * 10 + got
async def middle(x):
    try:
        return await leaf(x) + 1
    except ValueError as e:
        return "handled " + str(e)
def drive(coro, feed=7):
    steps = 0
    try:
        out = coro.send(None)
        while True:
            steps += 1
            out = coro.send(feed)
    except StopIteration as e:
        return e.value, steps
print(drive(middle(4)), drive(middle(-1)))
c = leaf(1)
print(type(c).__name__, c.__name__)
c.close()
