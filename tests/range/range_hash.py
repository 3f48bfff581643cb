# Ranges that are equal as sequences hash equal (CPython hashes (len, start, step)), so they
# work as dict keys and set members.
d = {range(3): "three", range(0): "empty"}
print(d.get(range(3)), d.get(range(0, 3, 1)), d[range(7, 7)], d.get(range(1, 4)))
print(len({range(0), range(2, 2), range(5, 1)}), len({range(1, 2), range(1, 2, 7)}))
print(len({range(0, 10, 3), range(0, 12, 3), range(0, 11, 3)}))
for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(2**70, 2**71, 2**65)]:
    print(r, hash(r))
print(hash(range(3)) == hash(range(0, 3)), hash(range(4, 4)) == hash(range(9, 2)))
print(hash(range(1, 2)) == hash(range(1, 2, 100)), hash(range(1, 2)) == hash(range(2, 3)))
print(range(0, 3) == range(3), range(1, 2) == range(1, 3, 5), range(0) != range(1))
