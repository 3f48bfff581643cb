# An invoice printer using str.format templates with named fields, attribute access and alignment.
class Line:
    def __init__(self, sku, desc, qty, unit):
        self.sku, self.desc, self.qty, self.unit = sku, desc, qty, unit
    @property
    def total(self):
        return self.qty * self.unit
lines = [Line("A-1", "Widget", 3, 4.5), Line("B-22", "Gadget, large", 1, 129.99), Line("C-333", "Thingamajig with a very long name", 12, 0.333)]
TEMPLATE = "{l.sku:<6} {desc:<20.20} {l.qty:>4d} x {l.unit:>8.2f} = {l.total:>10,.2f}"
HEADER = "{:<6} {:<20} {:>4}   {:>8}   {:>10}".format("SKU", "Description", "Qty", "Unit", "Total")
print(HEADER)
print("{:-^{}}".format("", len(HEADER)))
for l in lines:
    print(TEMPLATE.format(l=l, desc=l.desc))
subtotal = sum(l.total for l in lines)
tax = subtotal * 0.2
for label, amount in (("Subtotal", subtotal), ("Tax 20%", tax), ("TOTAL", subtotal + tax)):
    print("{label:>{w}} {amount:>10,.2f}".format(label=label, amount=amount, w=len(HEADER) - 11))
print("{0:=^{1}}".format(" thank you ", len(HEADER)))
print("Items: {n}, average {avg:.3f}, max {mx.desc!r}".format(n=len(lines), avg=subtotal / len(lines), mx=max(lines, key=lambda l: l.total)))
