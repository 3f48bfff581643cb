# Simple generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))
def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
for v in trace():
    print("got", v)
