# Ranges far beyond any list: iteration, indexing and membership stay lazy; len() is limited
# to the platform's index size (2**63 - 1 here) as in CPython.
r = range(10**30)
it = iter(r)
print(next(it), next(it), r[5], r[-1], 5 in r, 10**30 in r, r.index(7), r.count(8))
for i in range(2**70, 2**70 + 3):
    print(i)
print(len(range(2**40)), len(range(0, 2**62, 3)))
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError", e)
print({0, 3, 5}.intersection(range(2**40)), {0, 3, 5}.intersection(iter(range(10**30))))
print(sorted({1, 2}.intersection(range(2**40), [2, 1, 9])))
print(list(zip(range(10**30), "abc")), list(enumerate(range(2**64, 2**64 + 2))))

