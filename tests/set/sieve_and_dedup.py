# Sets in algorithms: sieve, dedup preserving order, anagram groups, two-sum.
n = 120
composite = set()
for i in range(2, n):
    if i not in composite:
        composite.update(range(i * i, n, i))
primes = sorted(set(range(2, n)) - composite)
print(primes, len(composite))
data = [5, 3, 5, 1, 3, 9, 1, 0, 9]
seen = set()
dedup = [x for x in data if not (x in seen or seen.add(x))]
print(dedup, seen, len(seen) == len(set(data)))
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([1, 2], 7))
squares = {i * i for i in range(-5, 6)}
print(squares, len(squares), {x % 5 for x in squares})
a = frozenset(range(0, 30, 2))
b = frozenset(range(0, 30, 3))
table = {a: "evens", b: "threes", a & b: "sixes"}
print(sorted((len(k), v) for k, v in table.items()), table[frozenset(range(0, 30, 6))])
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs), (1, 0) in pairs, len(pairs))
powerset = [set()]
for e in [1, 2, 3]:
    powerset += [s | {e} for s in powerset]
print(powerset, len(powerset))
print(sorted(map(sorted, {frozenset(s) for s in powerset if len(s) == 2})))
