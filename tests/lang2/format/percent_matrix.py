# A matrix of values x %-conversions with flags, width and precision; results or error types printed.
values = [0, 7, -42, 65535, 2 ** 70, 3.14159, -0.000123, 1e22, float("inf"), float("nan"), -0.0, True, "txt", 65]
convs = ["%s", "%r", "%a", "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%o", "%#o",
         "%e", "%.2E", "%f", "%.1f", "%10.3f", "%-10.1f|", "%+.0f", "%#.0f", "%g", "%.3g", "%G", "%#g", "%c",
         "%.2s", "%8.3s", "%%%d"]
for v in values:
    row = []
    for c in convs:
        try:
            row.append(c % v)
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[:3])
    print(repr(v)[:12].ljust(12), ascii("|".join(row)))
print("%(a)s|%(b)5.1f|%(a)r" % {"a": "x", "b": 2.25}, "%*d|%-*d|%.*f" % (4, 1, 4, 2, 2, 3.14159))
