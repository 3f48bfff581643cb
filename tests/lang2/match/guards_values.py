# Guards, value patterns with dotted names, and as-bindings.
class Color:
    RED = "red"
    GREEN = "green"
def classify(pair):
    match pair:
        case (Color.RED, n) if n > 10:
            return "very red"
        case (Color.RED, _):
            return "red"
        case (Color.GREEN as g, (1 | 2) as n):
            return g + " " + str(n)
        case (str() as c, int() as n):
            return "other " + c + str(n)
    return "no match"
for p in [("red", 20), ("red", 1), ("green", 2), ("green", 3), ("blue", 3), (1, 2)]:
    print(p, classify(p))
