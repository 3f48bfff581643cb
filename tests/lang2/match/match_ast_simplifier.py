# Simplifying arithmetic expression trees (nested tuples and classes) with match.
class Num:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return str(self.v)
class Op:
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def simplify(e):
    match e:
        case Op(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if repr(x) == repr(y):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b}[op])
                case _:
                    return Op(op, l, r)
        case Num() | Var():
            return e
        case _:
            raise TypeError(f"not an expression: {e!r}")
x, y = Var("x"), Var("y")
exprs = [Op("+", Num(0), x), Op("*", Op("+", Num(2), Num(3)), x), Op("*", Op("-", y, y), x),
         Op("+", Op("*", Num(1), x), Op("*", y, Num(0))), Op("-", Op("+", x, Num(1)), Op("+", x, Num(1))),
         Op("*", Num(4), Op("+", Num(1), Num(1)))]
for e in exprs:
    print(e, "=>", simplify(e))
try:
    simplify(Op("+", "junk", x))
except TypeError as err:
    print(type(err).__name__, err)
