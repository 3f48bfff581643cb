# Generators and coroutines nested hundreds deep: resuming them from bytecode costs no native
# stack, so they reach the recursion limit as plain calls do.
def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield "bottom"
        yield "again"
print(list(chain(900)))
def loop_chain(n):
    if n:
        for v in loop_chain(n - 1):
            yield v + 1
    else:
        yield 0
print(next(loop_chain(800)), sum(loop_chain(700)))
def next_chain(n):
    if n:
        yield next(next_chain(n - 1)) + 1
    else:
        yield 0
print(next(next_chain(600)))
def send_chain(n):
    inner = send_chain(n - 1) if n else None
    if inner is not None:
        inner.send(None)
    got = yield n
    while True:
        if inner is not None:
            got = inner.send(got)
        got = yield got + 1 if isinstance(got, int) else got
g = send_chain(300)
print(g.send(None), g.send(1), g.send(10))
def returns(n):
    if n == 0:
        return 0
    r = yield from returns(n - 1)
    return r + 1
def drive(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(drive(returns(850)))
try:
    list(chain(5000))
except RecursionError:
    print("RecursionError for 5000 levels")
print(list(chain(3)))
async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(depth(900)))
def raiser(n):
    if n:
        yield from raiser(n - 1)
    else:
        yield 1
        raise KeyError("deep")
try:
    for x in raiser(400):
        pass
except KeyError as e:
    print("KeyError", e)
def stopper(n):
    if n:
        yield from stopper(n - 1)
    else:
        yield 1
        raise StopIteration("inner")
try:
    list(stopper(300))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
