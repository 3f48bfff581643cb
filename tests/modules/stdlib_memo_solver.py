# A memoized recursive solver: edit distance, coin change and a knapsack with lru_cache,
# partial, reduce and itertools, checked against brute force.
from functools import lru_cache, partial, reduce, cache
from itertools import combinations, product, accumulate
import operator


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    return result, d.cache_info()


for pair in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    dist, info = edit_distance(*pair)
    print(pair, dist, info.misses, info.currsize)


@cache
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


coins = (1, 2, 5, 10)
print([ways(n, coins) for n in range(0, 30, 5)], ways.cache_info().currsize > 0)
brute = sum(1 for combo in product(range(11), range(6), range(3), range(2))
            if combo[0] + 2 * combo[1] + 5 * combo[2] + 10 * combo[3] == 10)
print("brute force agrees:", brute == ways(10, coins))

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]


@lru_cache(maxsize=1024)
def best(i, room):
    if i == len(items):
        return 0, ()
    skip = best(i + 1, room)
    name, weight, value = items[i]
    if weight > room:
        return skip
    v, chosen = best(i + 1, room - weight)
    take = (v + value, (name,) + chosen)
    return max(skip, take)


value, chosen = best(0, 200)
print(value, chosen, best.cache_info().hits > 0)
brute_best = max((sum(it[2] for it in combo), tuple(it[0] for it in combo))
                 for r in range(len(items) + 1) for combo in combinations(items, r)
                 if sum(it[1] for it in combo) <= 200)
print("knapsack brute force:", brute_best[0] == value)
best.cache_clear()
print(best.cache_info())
product_of = partial(reduce, operator.mul)
print(product_of(range(1, 11)), product_of([], 1), list(accumulate(range(1, 6), operator.mul)))
