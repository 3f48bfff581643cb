# Number formatting edge cases: rounding, negative zero, inf/nan, big ints.
for v in (0.5, 1.5, 2.5, -0.0, 1e-7, 123456789.0, float("inf"), float("nan"), -float("inf")):
    print(f"{v:.0f}|{v:.3g}|{v:10.2e}|{v:+.1f}|{v!r}")
print(f"{2 ** 100:,}", f"{-2 ** 70:x}", f"{10 ** 20:e}", f"{7:.3f}", f"{True:d}", f"{3:b}")
print(format(0.1, ".20f"), format(1 / 3, ".15g"), format(1e16, "f"), format(12.0, "g"))
