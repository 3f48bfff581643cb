# Recursive coroutines (tree walk with await), async context managers nesting, and exceptions unwinding through them.
class Step:
    def __await__(self):
        yield
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
async def total(t, depth=0):
    await Step()
    s = t.v
    for k in t.kids:
        s += await total(k, depth + 1)
    return s
tree = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(run(total(tree)))
async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)
print(run(fact(20)))
log = []
class Scope:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Step()
        log.append("enter " + self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Step()
        log.append(f"exit {self.name} {et.__name__ if et else '-'}")
async def nested(n, fail_at):
    if n == 0:
        return "bottom"
    async with Scope(f"s{n}"):
        if n == fail_at:
            raise LookupError(f"failed at {n}")
        return await nested(n - 1, fail_at)
print(run(nested(3, 0)), log)
log.clear()
try:
    run(nested(3, 1))
except LookupError as e:
    print(type(e).__name__, e, log)
async def deep(n):
    if n == 0:
        return 0
    await Step()
    return 1 + await deep(n - 1)
print(run(deep(150)))
print(run(deep(300)))
