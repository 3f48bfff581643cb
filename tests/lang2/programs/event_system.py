# An event system with decorator registration, priorities, once-handlers and error isolation.
class EventBus:
    def __init__(self):
        self._handlers = {}
        self.errors = []
    def on(self, event, priority=0, once=False):
        def decorator(fn):
            self._handlers.setdefault(event, []).append((priority, fn, once))
            self._handlers[event].sort(key=lambda h: -h[0])
            return fn
        return decorator
    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self._handlers.get(event, [])):
            prio, fn, once = entry
            if once:
                self._handlers[event].remove(entry)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        return results
    def __contains__(self, event):
        return bool(self._handlers.get(event))
    def __len__(self):
        return sum(len(v) for v in self._handlers.values())
bus = EventBus()
@bus.on("login")
def greet(user):
    return f"welcome {user}"
@bus.on("login", priority=10)
def audit(user):
    return f"audit {user}"
@bus.on("login", once=True, priority=5)
def first_login(user):
    return f"first login {user}"
@bus.on("logout")
def fail(user, reason=None):
    raise RuntimeError(f"logout of {user} failed ({reason})")
print(bus.emit("login", "ann"))
print(bus.emit("login", "bob"))
print(bus.emit("logout", "ann", reason="timeout"), bus.errors)
print(bus.emit("unknown"), "login" in bus, "unknown" in bus, len(bus))
print(greet("direct"), greet.__name__)
class Component:
    def __init__(self, name, bus):
        self.name = name
        self.log = []
        bus.on("tick")(self.handle)
    def handle(self, n):
        self.log.append(n)
        return f"{self.name}:{n}"
c1, c2 = Component("a", bus), Component("b", bus)
for i in range(2):
    print(bus.emit("tick", i))
print(c1.log, c2.log)
