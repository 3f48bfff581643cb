# Metaclasses: a registering metaclass, __call__ on the metaclass, __prepare__-free class creation hooks.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered_name = name.lower()
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.field_names = sorted(k for k in ns if not k.startswith("_"))
class Model(metaclass=Registry):
    pass
class User(Model):
    name = ""
    email = ""
class Admin(User):
    level = 1
print(Registry.classes, User.registered_name, Admin.field_names, type(User).__name__)
print(isinstance(User, Registry), isinstance(User, type), type(Model) is Registry)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class DB(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
a = DB("sqlite://a")
b = DB("sqlite://b")
print(a is b, b.url)
Dyn = Registry("Dyn", (Model,), {"x": 1})
print(Dyn.registered_name, Dyn.field_names, Registry.classes[-1])
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), len(WithMeta))
