# f-strings with format specs, conversions, nested replacement fields and debug specifiers
x, n, v, s = 3.14159, 1234567, "ab", "héllo"
print(f"{x:>10.3f}|{x:<10.2e}|{x:^10.1%}|{x:+.0f}|{x:g}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012,}|{n:x}|{n:#o}|{-n:+,}")
print(f"{v!r:^9}|{v!s:>4}|{s!a}|{s:*^11}|{s:.3}|{s!r:.4}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{n:{'_' if p > 2 else ','}}|{v:{'*'}^{w}}|")
print(f"{x=}", f"{x=:.2f}", f"{v=!s}", f"{n = :,}", f"{1 + 1=}")
print(f"{'nested ' + f'{n:,}'}", f"{[f'{i:02}' for i in range(3)]}", f"{{literal}} {n}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5d}|{price * qty:>10,.3f}")
print(f"{True:>5}|{True!s:>5}|{None!r:^8}|{None}|{1e20:,.0f}|{-0.0:z}")
print(f"{2 ** 100:,}"[:20], f"{'x':{'<'}{3}}|", f"{'é':\u2192>4}")
