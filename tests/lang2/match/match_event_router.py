# An event router mixing class patterns, mapping patterns and guards, with handlers registered by decorator.
class Event:
    __match_args__ = ("kind", "payload")
    def __init__(self, kind, payload=None, **meta):
        self.kind, self.payload, self.meta = kind, payload, meta
class Key(Event):
    pass
class Mouse(Event):
    pass
handlers = []
def handler(fn):
    handlers.append(fn)
    return fn
@handler
def keys(ev):
    match ev:
        case Key("down", {"key": "q", "ctrl": True}):
            return "quit"
        case Key("down", {"key": str(k)}) if len(k) == 1:
            return f"type {k}"
        case Key("down", {"key": k}):
            return f"special {k}"
@handler
def mouse(ev):
    match ev:
        case Mouse("click", (x, y)) if x < 0 or y < 0:
            return "click outside"
        case Mouse("click", (x, y)):
            return f"click {x},{y}"
        case Mouse("scroll", int(d) | float(d)) if d:
            return f"scroll {'up' if d > 0 else 'down'} {abs(d)}"
@handler
def fallback(ev):
    match ev:
        case Event(kind=k, meta={"source": src}):
            return f"unhandled {type(ev).__name__}.{k} from {src}"
        case Event(kind=k):
            return f"unhandled {type(ev).__name__}.{k}"
def dispatch(ev):
    for h in handlers:
        r = h(ev)
        if r is not None:
            return f"{h.__name__}: {r}"
    return "dropped"
events = [Key("down", {"key": "a"}), Key("down", {"key": "q", "ctrl": True}), Key("down", {"key": "Enter"}),
          Key("up", {"key": "a"}), Mouse("click", (3, 4)), Mouse("click", (-1, 4)), Mouse("scroll", -2.5),
          Mouse("scroll", 0), Event("tick", source="timer"), Event("tick")]
for ev in events:
    print(dispatch(ev))
print(dispatch("not an event"))
