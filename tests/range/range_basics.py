# range: steps, len, indexing, slicing, in, reversed, equality.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(0, -5, -1), range(3, 1)]:
    print(r, list(r), len(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], list(r[1:4]), r[::-1], list(r[::2]))
print(7 in r, 8 in r, 27 in r, 31 in r, r.index(11), r.count(15))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(range(0) == range(5, 5), range(1, 3) == range(1, 3), range(0, 3, 2) == range(0, 4, 2))
print(range(10 ** 20)[-1], len(range(0, 10 ** 9, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
print(r.start, r.stop, r.step, sum(range(101)))
