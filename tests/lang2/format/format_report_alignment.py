# Aligned multi-column reports: computed widths via nested fields, str.format_map with a defaulting dict, % tables.
rows = [
    {"name": "Widget", "qty": 3, "price": 4.5, "tags": ["a", "b"]},
    {"name": "Gadget extra", "qty": 12, "price": 19.999, "tags": []},
    {"name": "Nut", "qty": 1000, "price": 0.0125, "tags": ["bulk"]},
]
cols = [("name", "<", ""), ("qty", ">", ","), ("price", ">", ",.3f")]
widths = {c: max(len(c), *(len(format(r[c], spec)) for r in rows)) for c, _, spec in cols}
header = "  ".join("{:{a}{w}}".format(c.upper(), a=a, w=widths[c]) for c, a, _ in cols)
print(header)
print("  ".join("=" * widths[c] for c, _, _ in cols))
for r in rows:
    print("  ".join("{:{a}{w}{s}}".format(r[c], a=a, w=widths[c], s=spec) for c, a, spec in cols))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"
tmpl = "{name} x{qty} tagged {tags} ships from {warehouse}"
for r in rows:
    print(tmpl.format_map(Default(r)))
print("%-14s|%6s|%9s" % ("name", "qty", "price"))
for r in rows:
    print("%(name)-14.14s|%(qty)6d|%(price)9.4f" % r)
total = sum(r["qty"] * r["price"] for r in rows)
print(f"{'total':>{sum(widths.values()) - 6}} {total:>{10},.2f}")
print(f"{len(rows)} rows, widths {widths}")
