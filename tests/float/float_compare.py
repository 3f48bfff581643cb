# Float comparisons, sorting and min/max.
vals = [3.5, -1.0, 2, 0.0, -0.0, 1e-9, 10 ** 20, 1e20, 2.5]
print(sorted(vals))
print(max(vals), min(vals))
print(1e20 == 10 ** 20, 1e20 < 10 ** 20 + 1, 0.1 < 1 / 9)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(-0.0 < 0.0, -0.0 == 0, 1.0 is not None)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))
print({1.0: "a", 1: "b"})
