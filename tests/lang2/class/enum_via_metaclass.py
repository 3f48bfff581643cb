# A hand-written Enum built on a metaclass: members created at class creation, iteration/len/lookup on the class.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            setattr(cls, k, m)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __contains__(cls, m):
        return isinstance(m, cls) and m.name in cls._members
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self.name == "RED"
print(list(Color), len(Color))
print(Color.RED, Color["GREEN"], Color(3), Color.RED is Color(1), Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.RED in Color, isinstance(Color.GREEN, Color), type(Color).__name__)
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(m.name for m in Color), {m.value: m.name for m in Color})
