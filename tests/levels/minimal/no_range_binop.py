# The minimal level compares and hashes ranges by identity, as MicroPython without
# MICROPY_PY_BUILTINS_RANGE_BINOP: range(3) == range(3) is False, a range equals itself, and
# ranges work as dict keys by identity. Everything else about ranges is unchanged.
r = range(3)
print(r == range(3), r == r, r != range(3), r != r, range(0) == range(5, 2))
print(hash(r) == hash(r), {r: "same"}[r], range(1, 7, 2) in [range(1, 7, 2)], r in [r])
print(range(3) == [0, 1, 2], list(r) == [0, 1, 2], tuple(range(2, 5)), len(range(0, 10, 3)))
print(r.start, r.stop, r.step, r[1], r[-1], list(r[::-1]), 2 in r, r.index(2), r.count(1))
try:
    print(r < range(4))
except TypeError as e:
    print("TypeError")
