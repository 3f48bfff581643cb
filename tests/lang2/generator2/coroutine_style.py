# Generator-based coroutines: a primed decorator, a broadcasting sink chain, and a state machine.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filter_even(target):
    while True:
        x = yield
        if x % 2 == 0:
            target.send(x)
@coroutine
def broadcast(targets):
    while True:
        x = yield
        for t in targets:
            t.send(x)
@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    finally:
        print("collector closed with", out)
store = []
col = collector(store)
b = broadcast([filter_even(printer("even:")), col])
for i in range(5):
    b.send(i)
col.close()
@coroutine
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        elif event == "kick":
            raise ValueError("vandalism in state " + state)
t = turnstile()
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
try:
    t.send("kick")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.send("coin")
except StopIteration:
    print("turnstile is dead")
