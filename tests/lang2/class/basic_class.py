# Class definition, __init__, methods, instance and class attributes.
class Counter:
    total = 0
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        Counter.total += by
        return self
c = Counter()
c.inc().inc(5)
d = Counter(10).inc()
print(c.value, d.value, Counter.total, c.total)
print(type(c).__name__, isinstance(c, Counter), hasattr(c, "value"), Counter.inc.__name__)
c.extra = "dyn"
print(c.extra, sorted(vars(c)))
print(Counter.__name__, type(Counter))
