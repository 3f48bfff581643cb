# Observable objects: a descriptor that notifies observers, weak coupling via callbacks, and batch updates.
class Observable:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        old = getattr(obj, self.name, None)
        setattr(obj, self.name, value)
        if old != value:
            obj.notify(self.public, old, value)
class Model:
    def __init__(self):
        self._observers = []
        self._batch = None
    def subscribe(self, fn):
        self._observers.append(fn)
        return fn
    def notify(self, field, old, new):
        if self._batch is not None:
            self._batch.append((field, old, new))
            return
        for fn in self._observers:
            fn(self, field, old, new)
    def batch(self):
        model = self
        class Batch:
            def __enter__(self):
                model._batch = []
            def __exit__(self, et, ev, tb):
                changes, model._batch = model._batch, None
                if et is None:
                    for f, o, n in changes:
                        model.notify(f, o, n)
                else:
                    print("batch discarded", len(changes), "changes because", et.__name__)
        return Batch()
class Person(Model):
    name = Observable()
    age = Observable()
    def __init__(self, name, age):
        super().__init__()
        self.name, self.age = name, age
p = Person("ann", 30)
@p.subscribe
def printer(obj, field, old, new):
    print(f"{type(obj).__name__}.{field}: {old!r} -> {new!r}")
p.age = 31
p.age = 31
p.name = "Ann"
with p.batch():
    p.age = 32
    p.name = "Anne"
    print("inside batch, nothing printed yet")
try:
    with p.batch():
        p.age = 99
        raise ValueError("abort")
except ValueError:
    pass
print(p.name, p.age, type(Person.name).__name__, Person.age.public)
