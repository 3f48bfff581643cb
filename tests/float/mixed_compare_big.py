# comparisons of huge ints with floats must be exact (no rounding of the int)
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
vals = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**64, 2**1000, -(2**1000), 10**308, 10**309]
floats = [0.0, -0.0, 0.5, 9007199254740992.0, 9007199254740994.0, 1.8446744073709552e19, 1e308, -1e308,
          float('inf'), float('-inf'), float('nan')]
for i in vals:
    print(i % 1000, [(i < f, i == f, i > f) for f in floats])
for f in floats[:8]:
    print(f, [f < i for i in vals], [f == i for i in vals])
print(10**400 < float('inf'), -10**400 > float('-inf'), 10**400 == float('inf'), 10**400 != float('nan'))
print(1 == 1.0, True == 1.0, 2**63 == 9223372036854775808.0, 2**63 + 1 == 9223372036854775808.0, hash(2**63) == hash(9223372036854775808.0))
print(sorted([3, 2.5, 2**60, 1e18, -1, -0.5, True]), max(2**100, 1e30), min(-(2**100), -1e30))
print(hash(1.5), hash(-0.0), hash(2.0) == hash(2), hash(1e20) == hash(10**20), hash(float(2**70)) == hash(2**70))
try:
    print(float(10**400))
except OverflowError as e:
    print('OverflowError', e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError', e)
print(10**400 // 10**399, (10**400) / (10**399), 2**1100 / 2**1099)
