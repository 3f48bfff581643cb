# A small Lisp interpreter: reader, environments as classes, special forms via match, closures, errors.
class LispError(Exception):
    pass
class Symbol(str):
    pass
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {name}")
        return self.outer.find(name)
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if t == ")":
        raise LispError("unexpected )")
    try:
        return int(t)
    except ValueError:
        return Symbol(t)
def standard_env():
    env = Env()
    env.update({"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b,
                "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
                "null?": lambda l: l == []})
    return env
def evaluate(x, env):
    match x:
        case Symbol():
            return env.find(x)[x]
        case int():
            return x
        case ["quote", e]:
            return e
        case ["if", test, then, other]:
            return evaluate(then if evaluate(test, env) else other, env)
        case ["define", Symbol() as name, e]:
            env[name] = evaluate(e, env)
            return None
        case ["lambda", list(params), body]:
            return Lambda(params, body, env)
        case [op, *args]:
            f = evaluate(op, env)
            if not callable(f):
                raise LispError(f"not a function: {f!r}")
            return f(*[evaluate(a, env) for a in args])
        case _:
            raise LispError(f"bad form: {x!r}")
env = standard_env()
prog = ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 10)",
        "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 5) 10)",
        "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))", "(len (list 1 2 3 4))",
        "(quote (a b c))", "make-adder", "(undefined 1)", "(1 2)", "(fact 1 2)", "(+ 1", ")", "()"]
for src in prog:
    try:
        r = evaluate(read(tokenize(src)), env)
        if r is not None:
            print(src, "=>", r)
    except LispError as e:
        print(src, "=> error:", e)
