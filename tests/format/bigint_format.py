# formatting big ints: every base, grouping, padding, % and str.format
n = 2 ** 100 + 12345
for v in [n, -n, 10 ** 30, -(10 ** 25) + 1]:
    print(format(v, ""), format(v, ","), format(v, "_"), format(v, "x"), format(v, "#X"))
    print(format(v, "b")[:40], format(v, "#o"), format(v, "_x"), format(v, "+50,"))
    print(format(v, "e"), format(v, ".3g"), format(v, "060"), format(v, "^60").strip() == str(v))
    print("%d|%x|%o|%50d|" % (v, v, v, v))
    print("{0:,} {0:#_b}".format(v)[:80])
print(f"{10 ** 40:,}", f"{-(2 ** 70):#x}", f"{3 ** 50:>70_}")
