# A shopping cart: items with validated properties, discount strategies as callables, receipts with format specs.
class CartError(Exception):
    pass
class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise CartError(f"negative price for {self.name}")
        self._price = v
    @property
    def total(self):
        return self.price * self.qty
class Percent:
    def __init__(self, pct):
        self.pct = pct
    def __call__(self, cart):
        return cart.subtotal * self.pct / 100
    def __repr__(self):
        return f"{self.pct}% off"
class BuyNGetOne:
    def __init__(self, name, n):
        self.name, self.n = name, n
    def __call__(self, cart):
        item = cart.items.get(self.name)
        return 0 if item is None else (item.qty // (self.n + 1)) * item.price
    def __repr__(self):
        return f"buy {self.n} {self.name} get 1 free"
class Cart:
    def __init__(self):
        self.items = {}
        self.discounts = []
    def add(self, name, price, qty=1):
        if qty <= 0:
            raise CartError(f"bad quantity {qty}")
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
        return self
    def remove(self, name):
        try:
            del self.items[name]
        except KeyError:
            raise CartError(f"{name} not in cart") from None
    @property
    def subtotal(self):
        return sum(i.total for i in self.items.values())
    def receipt(self):
        lines = [f"{i.name:<10}{i.qty:>3} x {i.price:>6.2f} = {i.total:>8.2f}" for i in self.items.values()]
        lines.append(f"{'subtotal':<24}{self.subtotal:>8.2f}")
        total = self.subtotal
        for d in self.discounts:
            amount = d(self)
            total -= amount
            lines.append(f"{d!r:<24}{-amount:>8.2f}")
        lines.append(f"{'TOTAL':<24}{max(total, 0):>8.2f}")
        return "\n".join(lines)
cart = Cart().add("apple", 0.5, 6).add("bread", 2.25).add("apple", 0.5, 2).add("cheese", 7.8)
cart.discounts += [BuyNGetOne("apple", 3), Percent(10)]
print(cart.receipt())
for action in (lambda: cart.add("x", 1, 0), lambda: cart.remove("milk"), lambda: cart.add("bad", -1)):
    try:
        action()
    except CartError as e:
        print(type(e).__name__, e)
cart.remove("cheese")
print(f"{cart.subtotal:.2f}", sorted(cart.items), "bad" in cart.items)
