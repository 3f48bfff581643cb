# An inventory system: classes with properties and validation, custom errors, match on commands, f-string reports.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have
class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name = sku, name
        self.price = price
        self.qty = qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if not isinstance(v, (int, float)) or v < 0:
            raise ValueError(f"invalid price {v!r}")
        self._price = round(float(v), 2)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty} @ {self.price:.2f}>"
class Inventory:
    def __init__(self):
        self.products = {}
        self.history = []
    def apply(self, cmd):
        match cmd:
            case ("add", sku, name, price):
                if sku in self.products:
                    raise InventoryError(f"duplicate sku {sku}")
                self.products[sku] = Product(sku, name, price)
            case ("stock", sku, int(n)) if n > 0:
                self[sku].qty += n
            case ("sell", sku, int(n)):
                p = self[sku]
                if p.qty < n:
                    raise OutOfStock(sku, n, p.qty)
                p.qty -= n
            case ("price", sku, price):
                self[sku].price = price
            case _:
                raise InventoryError(f"bad command {cmd!r}")
        self.history.append(cmd[0])
    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
    def report(self):
        lines = [f"{p.sku:<5}{p.name:<10}{p.qty:>4}{p.price:>8.2f}{p.value:>9.2f}" for p in sorted(self.products.values(), key=lambda p: -p.value)]
        total = sum(p.value for p in self.products.values())
        return "\n".join(lines + [f"{'total':<19}{total:>17,.2f}"])
inv = Inventory()
cmds = [("add", "A1", "bolt", 0.1), ("add", "B2", "hammer", 12.5), ("stock", "A1", 500), ("stock", "B2", 4),
        ("sell", "B2", 5), ("sell", "B2", 3), ("price", "A1", "cheap"), ("price", "A1", 0.125),
        ("add", "A1", "dup", 1), ("sell", "C3", 1), ("stock", "A1", -5), ("refund",)]
for c in cmds:
    try:
        inv.apply(c)
    except OutOfStock as e:
        print("out of stock:", e, (e.wanted, e.have))
    except (InventoryError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(inv.report())
print(inv.history, list(inv.products.values()))
