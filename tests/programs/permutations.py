# Permutations, combinations and power sets with recursive generators.
def permutations(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest
def combinations(xs, k):
    if k == 0:
        yield []
        return
    for i in range(len(xs) - k + 1):
        for tail in combinations(xs[i + 1:], k - 1):
            yield [xs[i]] + tail
def powerset(xs):
    if not xs:
        yield []
        return
    for s in powerset(xs[1:]):
        yield s
        yield [xs[0]] + s
print(["".join(p) for p in permutations("abc")])
print(len(list(permutations(list(range(6))))))
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 4))))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True
a = [1, 2, 2, 3]
count = 1
while next_perm(a):
    count += 1
print("distinct perms of 1223:", count, a)
