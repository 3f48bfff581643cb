# f-string format specs: width, alignment, fill, precision, sign, grouping, types.
x, s, f = 42, "hi", 3.14159
print(f"[{x:5}] [{x:<5}] [{x:^5}] [{x:>5}] [{x:05}] [{x:+}] [{-x:+}] [{x: }]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:*^7}] [{s:.1}] [{s!r:>6}]")
print(f"[{f:.2f}] [{f:8.3f}] [{f:<8.1f}] [{f:e}] [{f:.3e}] [{f:g}] [{1e20:g}] [{f:%}] [{0.5:.0%}]")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {-1234:,}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#010b} {65:c}")
w, p = 10, 3
print(f"[{f:{w}.{p}f}] [{s:{'>'}{w}}]")
print(f"{x=} {s=!r} {f=:.1f}")
print(f"{'nested ' + s:>12}|{[1, 2]!s:>8}|{None!r}")
