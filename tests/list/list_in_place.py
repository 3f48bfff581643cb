# In-place algorithms on lists: rotate, dedupe, partition, two pointers.
def rotate(xs, k):
    k %= len(xs)
    xs[:] = xs[-k:] + xs[:-k]
    return xs
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 5))
def dedupe_sorted(xs):
    w = 0
    for r in range(len(xs)):
        if r == 0 or xs[r] != xs[w - 1]:
            xs[w] = xs[r]
            w += 1
    del xs[w:]
    return xs
print(dedupe_sorted([1, 1, 2, 3, 3, 3, 4]), dedupe_sorted([]))
def partition(xs, pred):
    i = 0
    for j in range(len(xs)):
        if pred(xs[j]):
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
    return i, xs
print(partition([5, 2, 8, 1, 9, 4], lambda v: v % 2 == 0))
def reverse_in_place(xs):
    i, j = 0, len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1
    return xs
print(reverse_in_place(list("abcdef")), reverse_in_place([1, 2, 3]))
