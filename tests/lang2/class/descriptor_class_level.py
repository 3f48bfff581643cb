# Descriptors accessed on the class: __get__(None, owner), classproperty-like descriptors, unbound-method access.
class Doc:
    def __init__(self, text):
        self.text = text
    def __get__(self, obj, owner):
        if obj is None:
            return f"{owner.__name__}: {self.text}"
        return f"instance of {owner.__name__}: {self.text}"
class classproperty:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        return self.fn(owner)
class Model:
    doc = Doc("a model")
    table_prefix = "tbl_"
    @classproperty
    def table(cls):
        return cls.table_prefix + cls.__name__.lower()
class User(Model):
    pass
print(Model.doc)
print(User().doc)
print(Model.table, User.table, User().table)
print(type(Model.__dict__["doc"]).__name__, Model.__dict__["doc"].text)
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads
class Tracked:
    hits = Counter()
print(Tracked.hits, Tracked.hits, Tracked().hits, Tracked.__dict__["hits"].reads)
class P:
    @property
    def value(self):
        return 1
print(type(P.value).__name__, P.value.fget(P()), isinstance(P.__dict__["value"], property))
