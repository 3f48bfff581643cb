# Bound and unbound methods: storing, comparing, passing as callbacks, methods on builtin instances.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter(0)
f = c.inc
print(f(), f(5), c.n)
print(f == c.inc, f is c.inc, f.__self__ is c, f.__func__ is Counter.inc)
print(Counter.inc(c, 10), type(f).__name__, type(Counter.inc).__name__)
callbacks = [Counter(100).inc, Counter(200).inc]
print([cb() for cb in callbacks], [cb(2) for cb in callbacks])
print(list(map(Counter(0).inc, [1, 2, 3])))
append = [].append
append(1)
print(append.__self__, type(append).__name__)
up = "hello".upper
print(up(), str.upper("x"), list(map(str.strip, [" a ", "b "])))
class Dispatcher:
    def __init__(self):
        self.handlers = {"start": self.on_start, "stop": self.on_stop}
    def on_start(self):
        return "starting"
    def on_stop(self):
        return "stopping"
    def dispatch(self, ev):
        handler = self.handlers.get(ev, self.unknown)
        return handler() if handler != self.unknown else handler(ev)
    def unknown(self, ev):
        return "unknown " + ev
d = Dispatcher()
print(d.dispatch("start"), d.dispatch("stop"), d.dispatch("pause"))
print(getattr(d, "on_" + "start")(), hasattr(Dispatcher, "dispatch"))
