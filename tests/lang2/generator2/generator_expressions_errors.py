# Errors around generators: calling next on non-iterators, send to exhausted, throw with bad values, genexp TypeErrors.
def g():
    yield 1
for bad in (lambda: next([1]), lambda: next(5), lambda: iter(None), lambda: g().throw(5),
            lambda: g().throw(int), lambda: g().send(1, 2), lambda: list(g())[1]):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
it = g()
print(list(it), list(it), next(it, None))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(gen))
def deleg():
    yield from 5
try:
    list(deleg())
except TypeError as e:
    print(type(e).__name__, e)
def ret_in_gen():
    yield 1
    return [1, 2]
g2 = ret_in_gen()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(sum(x for x in range(5) if x % 2), any(x > 3 for x in range(5)), all(x for x in []))
print(min((x for x in [3, 1, 2]), default="empty"), max((x for x in []), default="empty"))
try:
    min(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
