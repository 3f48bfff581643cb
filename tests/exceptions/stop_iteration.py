# StopIteration from next() and manual iteration.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
def manual_sum(xs):
    it = iter(xs)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            return total
print(manual_sum(range(10)), manual_sum([]))
