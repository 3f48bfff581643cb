# Comparisons across small/big ints, bools and floats; hash consistency.
print(2 ** 64 > 2 ** 63, -(2 ** 64) < 0, 2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 20 < 1e21)
print(True == 1, False == 0, True + 1, hash(True) == hash(1))
print(hash(5) == hash(5.0), hash(2 ** 70) == hash(2 ** 70), hash(-1) == hash(-1.0))
print(max(3, 2 ** 65, -4), min(3, -(2 ** 65), 4))
print(sorted([10 ** 20, -5, 3, 2 ** 64, 0, -(10 ** 19)]))
print(int.__name__, type(2 ** 100) is int, isinstance(True, int))
d = {1: "one", 2 ** 80: "big"}
print(d[1.0], d[2 ** 80])
