# async with: __aenter__/__aexit__, driven by a minimal runner.
class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print("release", self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with Res("a") as a, Res("b") as b:
        print("using", a, b)
    async with Res("c"):
        raise KeyError("swallowed")
    return "ok"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
