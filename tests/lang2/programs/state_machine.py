# A vending-machine state machine with state classes, transitions table and error handling.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state}")
        self.state, self.event = state, event
class State:
    name = "base"
    def __str__(self):
        return self.name
    def on(self, machine, event, arg):
        handler = getattr(self, "on_" + event, None)
        if handler is None:
            raise InvalidTransition(self, event)
        return handler(machine, arg)
class Idle(State):
    name = "idle"
    def on_coin(self, m, amount):
        m.credit += amount
        return Paying()
class Paying(State):
    name = "paying"
    def on_coin(self, m, amount):
        m.credit += amount
        return self
    def on_select(self, m, item):
        price = m.prices.get(item)
        if price is None:
            print("  unknown item", item)
            return self
        if m.credit < price:
            print(f"  need {price - m.credit} more for {item}")
            return self
        m.credit -= price
        m.dispensed.append(item)
        return Dispensing()
    def on_refund(self, m, _):
        print("  refund", m.credit)
        m.credit = 0
        return Idle()
class Dispensing(State):
    name = "dispensing"
    def on_take(self, m, _):
        return Paying() if m.credit else Idle()
class Machine:
    def __init__(self, prices):
        self.prices = prices
        self.state = Idle()
        self.credit = 0
        self.dispensed = []
    def send(self, event, arg=None):
        before = str(self.state)
        try:
            self.state = self.state.on(self, event, arg)
        except InvalidTransition as e:
            print("  error:", e)
        print(f"{event}({arg if arg is not None else ''}): {before} -> {self.state} credit={self.credit}")
m = Machine({"cola": 150, "chips": 100})
for ev in [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
           ("coin", 5), ("take",), ("select", "tea"), ("select", "chips"), ("refund",), ("take",)]:
    m.send(*ev)
print(m.dispensed, m.credit, type(m.state).__name__)
