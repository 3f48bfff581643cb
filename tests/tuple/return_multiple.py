# Functions returning tuples; unpacking results.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax("hello"))
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r)
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, (min(xs), max(xs))
n, mean, (a, b) = stats([1, 2, 3, 4])
print(n, mean, a, b)
pairs = [divide(x, 3) for x in range(7)]
print(pairs)
print(sorted(pairs, key=lambda p: (p[1], p[0])))
