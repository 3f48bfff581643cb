# async with and async for with hand-written __aenter__/__aexit__/__aiter__/__anext__.
from _loop import Yield, run
class Conn:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        await Yield()
        self.log.append("open " + self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Yield()
        self.log.append(f"close {self.name} {et.__name__ if et else None}")
        return et is KeyError
class Rows:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return {"id": self.i}
async def main():
    log = []
    async with Conn("db", log) as c:
        async for row in Rows(3):
            log.append(row["id"])
    async with Conn("a", log), Conn("b", log):
        raise KeyError("suppressed by b")
    try:
        async with Conn("c", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught " + str(e))
    async for row in Rows(2):
        if row["id"] == 2:
            break
    else:
        log.append("no break")
    return log
for line in run(main()):
    print(line)
async def wrong():
    async with object():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
async def wrong_for():
    async for x in [1, 2]:
        pass
try:
    run(wrong_for())
except TypeError as e:
    print(type(e).__name__, e)
