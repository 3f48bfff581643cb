# Uncaught IndexError from a nested call.
def last(xs):
    return xs[len(xs)]
print([1, 2, 3][-1])
print(last([1, 2, 3]))
