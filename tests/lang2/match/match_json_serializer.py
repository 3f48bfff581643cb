# A JSON-ish serializer using match on value types and shapes, with errors for unsupported values.
class Money:
    __match_args__ = ("amount", "currency")
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
def dumps(v, indent=0):
    pad = "  " * indent
    match v:
        case None:
            return "null"
        case bool(b):
            return "true" if b else "false"
        case int(n):
            return str(n)
        case float(f) if f != f or f in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {f}")
        case float(f):
            return repr(f)
        case str(s):
            out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            return f'"{out}"'
        case Money(amount, "EUR" | "USD" as cur):
            return dumps({"amount": amount, "cur": cur}, indent)
        case Money(_, cur):
            raise ValueError(f"unsupported currency {cur}")
        case dict() if not v:
            return "{}"
        case dict(d):
            items = []
            for k, val in d.items():
                if not isinstance(k, str):
                    raise TypeError(f"keys must be str, not {type(k).__name__}")
                items.append(f"{pad}  {dumps(k)}: {dumps(val, indent + 1)}")
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        case list() | tuple() as seq:
            return "[" + ", ".join(dumps(x, indent) for x in seq) + "]"
        case _:
            raise TypeError(f"Object of type {type(v).__name__} is not serializable")
doc = {"name": "Widget", "tags": ("a", "b"), "price": Money(9.5, "EUR"), "stock": None,
       "ok": True, "dims": [1, 2.5, -3], "note": 'say "hi"\nbye', "empty": {}}
print(dumps(doc))
for bad in (float("nan"), Money(1, "XYZ"), {1: 2}, {"s": {1, 2}}, object):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
