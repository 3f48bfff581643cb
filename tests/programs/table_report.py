# A sales report table built with concatenation, str() and ljust/rjust.
sales = [("north", "widget", 12, 2.5), ("south", "gadget", 3, 10.0), ("north", "gadget", 7, 10.0),
         ("east", "widget", 20, 2.5), ("south", "widget", 1, 2.5), ("east", "doohickey", 4, 7.25)]
cols = ["region", "product", "qty", "price", "total"]
rows = []
for region, product, qty, price in sales:
    rows.append([region, product, str(qty), str(price), str(qty * price)])
widths = [max(len(cols[i]), max(len(r[i]) for r in rows)) for i in range(len(cols))]
def line(cells):
    out = "|"
    for i, c in enumerate(cells):
        out += " " + (c.rjust(widths[i]) if i >= 2 else c.ljust(widths[i])) + " |"
    return out
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line(cols))
print(sep)
for r in rows:
    print(line(r))
print(sep)
by_region = {}
for region, product, qty, price in sales:
    by_region[region] = by_region.get(region, 0) + qty * price
for region in sorted(by_region, key=by_region.get, reverse=True):
    print(region + ": " + str(by_region[region]) + " " + "*" * int(by_region[region] // 5))
print("grand total: " + str(sum(by_region.values())))
