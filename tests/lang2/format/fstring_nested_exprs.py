# f-strings with nested quotes, expressions, conditionals and calls in specs.
items = {"a": 1.23456, "bb": 22.5}
for k, v in items.items():
    print(f"{k!r:<6}{'=' if v > 2 else '~'}{v:>{len(k) + 6}.{2 if v < 10 else 1}f}")
print(f"{'{'}{'}'}", f"{{{1 + 1}}}", f"{len(items):#x}", f"{sorted(items)!r:^20}")
width = 6
print(f"{'':-^{width * 2}}")
print(f"{3.5:{'>'}{'+'}{width}.1f}")
