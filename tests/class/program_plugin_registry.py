# A plugin registry: __init_subclass__ with keywords, abstract hooks, class-level lookups,
# __subclasses__ walk, and a classmethod factory.
from abc import ABC, abstractmethod
class Plugin(ABC):
    registry = {}
    def __init_subclass__(cls, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        if name is not None:
            if name in Plugin.registry:
                raise ValueError(f"duplicate plugin {name!r}")
            Plugin.registry[name] = cls
            cls.plugin_name = name
    @abstractmethod
    def run(self, text):
        ...
    @classmethod
    def create(cls, name, *args):
        try:
            return cls.registry[name](*args)
        except KeyError:
            raise LookupError(f"no plugin {name!r}") from None
class Upper(Plugin, name="upper", priority=2):
    def run(self, text):
        return text.upper()
class Reverse(Plugin, name="reverse", priority=1):
    def run(self, text):
        return text[::-1]
class Repeat(Plugin, name="repeat"):
    def __init__(self, n=2):
        self.n = n
    def run(self, text):
        return text * self.n
class LoudRepeat(Repeat, name="loud", priority=5):
    def run(self, text):
        return super().run(text).upper() + "!"
def pipeline(text, names):
    plugins = sorted((Plugin.create(n) for n in names), key=lambda p: -p.priority)
    for p in plugins:
        text = p.run(text)
        print(f"  {p.plugin_name:8} -> {text}")
    return text
print(sorted(Plugin.registry))
print(pipeline("abc", ["reverse", "upper", "repeat"]))
print(Plugin.create("repeat", 3).run("x"), Plugin.create("loud").run("hi"))
def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        print("  " * depth + sub.__name__, sub.priority)
        walk(sub, depth + 1)
walk(Plugin)
for bad in ("Plugin.create('nope')", "Plugin()",
            "type('Dup', (Plugin,), {'run': lambda s, t: t}, name='upper')",
            "type('Kw', (Plugin,), {}, colour=1)"):
    try:
        eval(bad)
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
