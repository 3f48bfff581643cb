# A debugging helper built from introspection builtins: vars, dir, type, format, ascii, callable, getattr.
class Config:
    debug = False
    retries = 3
    def __init__(self, name, **extra):
        self.name = name
        self.extra = extra
        self.ratio = 2 / 3
    def method(self):
        return self.name
def describe(obj):
    lines = [f"{type(obj).__name__} instance"]
    for key, value in sorted(vars(obj).items()):
        lines.append(f"  {key:<8} = {format(value, '.3f') if isinstance(value, float) else ascii(value)}")
    class_attrs = [n for n in dir(type(obj)) if not n.startswith("_")]
    for n in class_attrs:
        v = getattr(obj, n)
        kind = "method" if callable(v) else type(v).__name__
        lines.append(f"  .{n:<7} ({kind})")
    return "\n".join(lines)
print(describe(Config("émile", colour="vert", n=1)))
def table(rows, headers):
    widths = [max(len(format(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    fmt = " | ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*headers), "-+-".join("-" * w for w in widths)]
    out += [fmt.format(*map(format, r)) for r in rows]
    return "\n".join(out)
print(table([("alpha", 1, 2.5), ("beta", 22, -0.125), ("gamma-delta", 333, 1e3)], ("name", "n", "x")))
print(ascii(vars(Config("ü"))["name"]), format(Config.retries, "03"), [n for n in vars(Config) if n in ("debug", "retries", "method")])
