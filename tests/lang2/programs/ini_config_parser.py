# An INI-style configuration parser: sections as dict subclasses, typed getters, interpolation, errors with line numbers.
class ConfigError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno
class Section(dict):
    def __init__(self, name, parent):
        super().__init__()
        self.name, self.parent = name, parent
    def __missing__(self, key):
        if self.name != "DEFAULT" and key in self.parent.get("DEFAULT", {}):
            return self.parent["DEFAULT"][key]
        raise KeyError(f"{self.name}.{key}")
    def get_int(self, key):
        try:
            return int(self[key])
        except ValueError:
            raise ValueError(f"{self.name}.{key} is not an integer: {self[key]!r}") from None
    def get_bool(self, key):
        match self[key].lower():
            case "yes" | "true" | "on" | "1":
                return True
            case "no" | "false" | "off" | "0":
                return False
            case other:
                raise ValueError(f"{self.name}.{key}: bad boolean {other!r}")
    def interpolated(self, key, depth=0):
        if depth > 5:
            raise RecursionError(f"interpolation too deep at {self.name}.{key}")
        value = self[key]
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            ref = value[start + 2:end]
            value = value[:start] + self.interpolated(ref, depth + 1) + value[end + 1:]
        return value
def parse(text):
    config = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise ConfigError(lineno, f"bad section header {raw!r}")
            name = line[1:-1].strip()
            if name in config:
                raise ConfigError(lineno, f"duplicate section {name!r}")
            current = config[name] = Section(name, config)
        elif "=" in line:
            if current is None:
                raise ConfigError(lineno, "key outside of a section")
            k, v = (p.strip() for p in line.split("=", 1))
            current[k] = v
        else:
            raise ConfigError(lineno, f"cannot parse {raw!r}")
    return config
TEXT = """
[DEFAULT]
host = localhost   # fallback
debug = no
[server]
port = 8080
url = http://${host}:${port}/
debug = Yes
[client]
retries = three
loop = ${loop}
"""
cfg = parse(TEXT)
srv, cli = cfg["server"], cfg["client"]
print(sorted(cfg), srv.get_int("port"), srv.get_bool("debug"), cli.get_bool("debug"), srv["host"])
print(srv.interpolated("url"))
for action in (lambda: cli.get_int("retries"), lambda: cli["missing"], lambda: cli.interpolated("loop")):
    try:
        action()
    except (ValueError, KeyError, RecursionError) as e:
        print(type(e).__name__, e)
for bad in ("x = 1", "[a]\n[a]", "[broken", "[s]\njunk line"):
    try:
        parse(bad)
    except ConfigError as e:
        print(type(e).__name__, e, e.lineno)
