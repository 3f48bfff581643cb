# generator.send: coroutines that receive values.
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
next(e)
for w in ["a", "b"]:
    print(e.send(w))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
try:
    accumulator().send(1)
except TypeError as err:
    print("TypeError", err)
