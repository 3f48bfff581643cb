# async for over an async generator and an async iterator class, driven by hand.
async def agen(n):
    for i in range(n):
        yield i * i
class ACount:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    async for v in ACount(3):
        out.append(-v)
    return out + [x async for x in agen(3)]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
