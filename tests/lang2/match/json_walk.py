# Walking nested data with match.
def walk(v, depth=0):
    pad = "  " * depth
    match v:
        case {**kv} if not kv:
            print(pad + "{}")
        case dict():
            for k in v:
                print(pad + str(k) + ":")
                walk(v[k], depth + 1)
        case [*items]:
            print(pad + "list of " + str(len(items)))
            for it in items:
                walk(it, depth + 1)
        case bool(b):
            print(pad + ("yes" if b else "no"))
        case int() | float():
            print(pad + "num " + str(v))
        case str(s):
            print(pad + "str " + repr(s))
        case None:
            print(pad + "null")
walk({"a": [1, 2.5, {"b": None}], "c": True, "d": {}, "e": "x"})
