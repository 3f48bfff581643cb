# iter(callable, sentinel): reading until a sentinel, with closures and classes.
data = [3, 1, 4, 1, 5, 0, 9, 2]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(pos)
lines = iter(["alpha", "beta", "", "gamma"])
print([l.upper() for l in iter(lambda: next(lines), "")])
print(next(lines))
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
for r in iter(Dice([2, 5, 6, 3]), 6):
    print("roll", r)
it = iter(Dice([1, 1, 9]), 9)
print(next(it), next(it), next(it, "stop"), next(it, "stop again"))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
src = iter(["ab", "cd", "ef", "", "gh"])
chunks = iter(lambda: next(src), "")
print(list(chunks))
def raises():
    raise ValueError("from callable")
try:
    next(iter(raises, None))
except ValueError as e:
    print(type(e).__name__, e)
