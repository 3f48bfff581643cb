# A formatted report: column widths computed at runtime, thousands separators, percentages, totals.
rows = [("North", 1234567.891, 0.1234), ("South", 98765.4, -0.05), ("East", 0.5, 1.0), ("West-Central", 45000, 0.0)]
w = max(len(r[0]) for r in rows)
header = f"{'Region':<{w}} | {'Revenue':>14} | {'Growth':>8}"
print(header)
print("-" * len(header))
for name, rev, growth in rows:
    print(f"{name:<{w}} | {rev:>14,.2f} | {growth:>+8.1%}")
total = sum(r[1] for r in rows)
print("=" * len(header))
print(f"{'TOTAL':<{w}} | {total:>14,.2f} | {'':>8}")
print("{:<{w}} | {:>14_.0f}".format("underscored", total, w=w))
print("%-*s | %14.2f | %+7.1f%%" % (w, "percent-style", total, 12.345))
for v in (0, 7, 42, 255, 4096):
    print(f"{v:>5d} {v:>#7x} {v:>#10b} {v:>#6o} {v:^9.2e}")
def bar(frac, width=20):
    n = round(frac * width)
    return f"[{'#' * n:<{width}}] {frac:6.1%}"
for frac in (0, 0.25, 0.5, 0.999, 1):
    print(bar(frac))
