# Or-patterns, as-patterns, value patterns with dotted names, literals incl. None/True/negative/complex.
class Color:
    def __init__(self, name):
        self.name = name
Color.RED, Color.GREEN, Color.BLUE = Color("RED"), Color("GREEN"), Color("BLUE")
class K:
    LIMIT = 10
def check(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -1 | 0 | 1 as small:
            return f"small {small}"
        case Color.RED | Color.GREEN as c:
            return f"warm-ish {c.name}"
        case Color.BLUE:
            return "blue"
        case K.LIMIT:
            return "at limit"
        case 2.5 | -3.5:
            return "special float"
        case 1j:
            return "imaginary unit"
        case "yes" | "y" | "Y":
            return "affirmative"
        case b"raw":
            return "bytes literal"
        case (1 | 2) as a, (3 | 4) as b:
            return f"pair {a} {b}"
        case [("x" | "y") as axis, int(n)]:
            return f"axis {axis}={n}"
        case str(s) as whole if s.isdigit():
            return f"digits {whole}"
        case _:
            return "no match"
for v in (None, True, False, 0, -1, 1, Color.RED, Color.GREEN, Color.BLUE, 10, 2.5, -3.5, 1j,
          "Y", b"raw", (2, 3), [1, 4], ["y", 5], "123", "abc", 1.0, 11):
    print(repr(v) if not isinstance(v, Color) else v.name, "->", check(v))
match 3:
    case x if x > 5:
        print("big")
    case x:
        print("bound", x)
print("after match x =", x)
