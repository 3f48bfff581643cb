# Symbolic differentiation with operator-overloaded expression classes, simplification via match, and evaluation.
class E:
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __pow__(self, n): return Pow(self, n)
    def __neg__(self): return Mul(Const(-1), self)
def lift(x):
    return x if isinstance(x, E) else Const(x)
class Const(E):
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return repr(self.v)
class Var(E):
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
class Add(E):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"({self.a!r} + {self.b!r})"
class Mul(E):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"{self.a!r}*{self.b!r}"
class Pow(E):
    __match_args__ = ("a", "n")
    def __init__(self, a, n): self.a, self.n = a, n
    def __repr__(self): return f"{self.a!r}^{self.n}"
def d(e, x):
    match e:
        case Const(): return Const(0)
        case Var(n): return Const(1 if n == x else 0)
        case Add(a, b): return d(a, x) + d(b, x)
        case Mul(a, b): return d(a, x) * b + a * d(b, x)
        case Pow(a, n): return Const(n) * Pow(a, n - 1) * d(a, x)
    raise TypeError(f"cannot differentiate {e!r}")
def simplify(e):
    match e:
        case Add(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(0), other) | (other, Const(0)): return other
                case Const(p), Const(q): return Const(p + q)
            return Add(a, b)
        case Mul(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(0), _) | (_, Const(0)): return Const(0)
                case (Const(1), other) | (other, Const(1)): return other
                case Const(p), Const(q): return Const(p * q)
            return Mul(a, b)
        case Pow(a, 1): return simplify(a)
        case Pow(a, 0): return Const(1)
        case Pow(a, n): return Pow(simplify(a), n)
    return e
def evaluate(e, env):
    match e:
        case Const(v): return v
        case Var(n): return env[n]
        case Add(a, b): return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b): return evaluate(a, env) * evaluate(b, env)
        case Pow(a, n): return evaluate(a, env) ** n
x, y = Var("x"), Var("y")
for f in (3 * x ** 2 + 2 * x + 1, x * y + y ** 3, (x + 1) * (x - 1), -x ** 4, 7 + y):
    dx = simplify(d(f, "x"))
    print(f, "| d/dx =", dx, "| at x=2,y=3:", evaluate(f, {"x": 2, "y": 3}), evaluate(dx, {"x": 2, "y": 3}))
try:
    d("text", "x")
except TypeError as e:
    print(type(e).__name__, e)
