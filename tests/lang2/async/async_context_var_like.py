# Per-task context (a hand-rolled contextvar): the loop switches a "current task" around each step; async with scopes.
class Pause:
    def __await__(self):
        yield
current = {"task": None}
class Task:
    def __init__(self, name, coro):
        self.name, self.coro, self.context = name, coro, {}
def run(tasks):
    queue = list(tasks)
    results = {}
    while queue:
        t = queue.pop(0)
        current["task"] = t
        try:
            t.coro.send(None)
            queue.append(t)
        except StopIteration as e:
            results[t.name] = e.value
        finally:
            current["task"] = None
    return results
def ctx():
    return current["task"].context
class scoped:
    def __init__(self, **values):
        self.values = values
    async def __aenter__(self):
        self.saved = {k: ctx().get(k) for k in self.values}
        ctx().update(self.values)
        await Pause()
        return ctx()
    async def __aexit__(self, *exc):
        for k, v in self.saved.items():
            if v is None:
                ctx().pop(k, None)
            else:
                ctx()[k] = v
        await Pause()
async def log(msg):
    await Pause()
    c = ctx()
    return f"[{current['task'].name} user={c.get('user', '-')} req={c.get('req', '-')}] {msg}"
async def handle(user, reqs):
    lines = []
    async with scoped(user=user):
        for r in reqs:
            async with scoped(req=r):
                lines.append(await log("start"))
                await Pause()
                lines.append(await log("end"))
        lines.append(await log("between requests"))
    lines.append(await log("after scope"))
    return lines
res = run([Task("t1", handle("ann", [1, 2])), Task("t2", handle("bob", [7]))])
for name in sorted(res):
    for line in res[name]:
        print(line)
