# A minimal Future/Task implementation: futures awaited by coroutines, callbacks, results and exceptions delivered.
class InvalidState(Exception):
    pass
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result_value = None
        self.exc = None
        self.callbacks = []
    def set_result(self, v):
        if self.done:
            raise InvalidState(f"{self.name} already done")
        self.done, self.result_value = True, v
        self._schedule()
    def set_exception(self, e):
        self.done, self.exc = True, e
        self._schedule()
    def _schedule(self):
        for cb in self.callbacks:
            loop.ready.append((cb, self))
    def result(self):
        if not self.done:
            raise InvalidState(f"{self.name} not done")
        if self.exc:
            raise self.exc
        return self.result_value
    def __await__(self):
        if not self.done:
            yield self
        return self.result()
class Task(Future):
    def __init__(self, coro, name):
        super().__init__(name)
        self.coro = coro
        loop.ready.append((self.step, None))
    def step(self, _):
        try:
            fut = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
        except Exception as e:
            self.set_exception(e)
        else:
            fut.callbacks.append(self.step)
class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.time = 0
    def call_later(self, delay, fn, *args):
        self.timers.append((self.time + delay, len(self.timers), fn, args))
    def run_until_done(self, task):
        while not task.done:
            if self.ready:
                fn, arg = self.ready.pop(0)
                fn(arg)
            elif self.timers:
                self.timers.sort()
                self.time, _, fn, args = self.timers.pop(0)
                fn(*args)
            else:
                raise RuntimeError("deadlock")
        return task.result()
loop = Loop()
def sleep(delay, value=None):
    f = Future(f"sleep{delay}")
    loop.call_later(delay, f.set_result, value)
    return f
async def fetch(name, delay):
    v = await sleep(delay, name.upper())
    print(f"t={loop.time} fetched {v}")
    return v
async def failing():
    await sleep(2)
    raise ConnectionError("remote closed")
async def main():
    t1, t2 = Task(fetch("a", 3), "t1"), Task(fetch("b", 1), "t2")
    r2 = await t2
    r1 = await t1
    try:
        await Task(failing(), "t3")
    except ConnectionError as e:
        print(f"t={loop.time} caught {type(e).__name__}: {e}")
    f = Future("manual")
    loop.call_later(1, f.set_result, 42)
    value = await f
    try:
        f.set_result(0)
    except InvalidState as e:
        print(type(e).__name__, e)
    return [r1, r2, value]
print(loop.run_until_done(Task(main(), "main")), "at t =", loop.time)
try:
    Future("x").result()
except InvalidState as e:
    print(type(e).__name__, e)
