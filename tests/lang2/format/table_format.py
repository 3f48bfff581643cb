# A formatted table with f-string alignment and numeric specs.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.999)]
w = max(len(r[0]) for r in rows)
print(f"{'item':<{w}} | {'qty':>4} | {'price':>7} | {'total':>8}")
print("-" * (w + 28))
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>4d} | {price:>7.2f} | {qty * price:>8.3f}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':>{w}} | {'':>4} | {'':>7} | {total:>8.3f}")
print(f"{total:=+12.4f}|{-total:=12.2f}|{total:012.3f}")
