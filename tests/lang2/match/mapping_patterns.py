# Mapping patterns: required keys, **rest, nested values, non-dict mappings and duplicate keys.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unhandled type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (3, 4), "button": "left", "mods": ()},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "scroll", "delta": -1.5},
    {"type": "resize"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
class Config(dict):
    pass
match Config(debug=True, level=3):
    case {"debug": True, **others}:
        print("debug on", others)
match {1: "int key", "1": "str key"}:
    case {1: v1, "1": v2}:
        print(v1, "/", v2)
match {"a": None}:
    case {"a": None}:
        print("None value matched")
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {"a": _, **rest} if not rest:
        print("only a")
match Config(x=1):
    case {"x": x}:
        print("dict subclass", x)
