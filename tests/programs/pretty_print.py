# A JSON-like pretty printer for nested dicts and lists, using recursion.
def esc(s):
    out = '"'
    for c in s:
        if c == '"' or c == "\\":
            out += "\\" + c
        elif c == "\n":
            out += "\\n"
        else:
            out += c
    return out + '"'
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        items = [pad + "  " + dump(x, indent + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + esc(str(k)) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot dump " + type(v).__name__)
doc = {"name": "pyrite", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159,
       "nested": {"list": [1, [2, []], {"x": "quote\"d"}], "empty": {}}, "text": "a\nb"}
print(dump(doc))
print(dump([]), dump("s"), dump(2 ** 70))
try:
    dump({1, 2})
except TypeError as e:
    print("TypeError", e)
