# itertools: product (with repeat), permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [0, 1])), list(product()), list(product([1, 2], [])))
print(list(product("01", repeat=3)), list(product("ab", repeat=0)), len(list(product(range(3), "xy", repeat=2))))
print(list(product(range(2), repeat=2)), next(product(iter([5, 6]), iter([7]))))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations([], 0)), list(combinations("abc", 0)), list(combinations(iterable="xy", r=1)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations_with_replacement(range(5), 3))))
for bad in [lambda: product([1], repeat=-1), lambda: product(1), lambda: permutations([1], -1),
            lambda: permutations(1), lambda: combinations([1], -1), lambda: combinations([1]),
            lambda: combinations_with_replacement([1], -1), lambda: combinations([1], "2")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# Lazy: the first item comes without building all 10**6 tuples.
big = product(range(100), range(100), range(100))
print(next(big), next(big))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
