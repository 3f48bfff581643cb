# A plugin framework: metaclass-free registration via __init_subclass__, abstract checks, priorities.
class PluginError(Exception):
    pass
class Plugin:
    _registry = {}
    name = None
    priority = 50
    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        if abstract:
            return
        if cls.name is None:
            raise PluginError(f"{cls.__qualname__} must define name")
        if cls.name in Plugin._registry:
            raise PluginError(f"duplicate plugin name {cls.name!r}")
        missing = [m for m in ("run",) if getattr(cls, m, None) is getattr(Plugin, m, None)]
        if missing:
            raise PluginError(f"{cls.__name__} does not implement {missing}")
        Plugin._registry[cls.name] = cls
    def run(self, data):
        raise NotImplementedError
    @classmethod
    def pipeline(cls):
        return [p() for p in sorted(cls._registry.values(), key=lambda p: (p.priority, p.name))]
class TextPlugin(Plugin, abstract=True):
    def run(self, data):
        return self.transform(data)
class Upper(TextPlugin):
    name = "upper"
    priority = 10
    def transform(self, s):
        return s.upper()
class Strip(TextPlugin):
    name = "strip"
    priority = 1
    def transform(self, s):
        return s.strip()
class Exclaim(Plugin):
    name = "exclaim"
    def run(self, s):
        return s + "!"
for attempt in ("noname", "dup", "norun"):
    try:
        if attempt == "noname":
            class NoName(Plugin):
                def run(self, d): return d
        elif attempt == "dup":
            class Dup(Plugin):
                name = "upper"
                def run(self, d): return d
        else:
            class NoRun(Plugin):
                name = "norun"
    except PluginError as e:
        print(type(e).__name__, e)
pipe = Plugin.pipeline()
print([type(p).__name__ for p in pipe])
data = "  hello plugins  "
for p in pipe:
    data = p.run(data)
    print(f"{p.name:>8}: {data!r}")
print(sorted(Plugin._registry))
