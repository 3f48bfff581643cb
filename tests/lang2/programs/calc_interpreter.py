# An interpreter for a tiny language: tokenizer, recursive-descent parser to AST classes, evaluator.
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield Token("num", src[i:j], i)
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token("name", src[i:j], i)
            i = j
        elif c in "+-*/()=":
            yield Token("op", c, i)
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    yield Token("eof", "", len(src))
class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
class Var:
    def __init__(self, n): self.n = n
    def eval(self, env):
        if self.n not in env:
            raise NameError(f"undefined {self.n!r}")
        return env[self.n]
class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.OPS[self.op](self.l.eval(env), self.r.eval(env))
class Assign:
    def __init__(self, n, e): self.n, self.e = n, e
    def eval(self, env):
        env[self.n] = self.e.eval(env)
        return env[self.n]
class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    def peek(self): return self.toks[self.i]
    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text!r}", t.pos)
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        if self.peek().kind != "eof":
            raise ParseError("trailing input", self.peek().pos)
        return node
    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            node = BinOp(self.take().text, node, self.term())
        return node
    def term(self):
        node = self.atom()
        while self.peek().text in ("*", "/"):
            node = BinOp(self.take().text, node, self.atom())
        return node
    def atom(self):
        t = self.take()
        if t.kind == "num": return Num(int(t.text))
        if t.kind == "name": return Var(t.text)
        if t.text == "(":
            node = self.expr()
            self.take(")")
            return node
        if t.text == "-": return BinOp("-", Num(0), self.atom())
        raise ParseError(f"unexpected {t.text or 'end'!r}", t.pos)
env = {}
for line in ["x = 4", "y = x * (3 + 2)", "y - -x", "y / 3", "z + 1", "3 +", "4 $ 4", "(1 + 2", "1 / 0", "1 2"]:
    try:
        print(line, "=>", Parser(line).statement().eval(env))
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(line, "=>", type(e).__name__, e)
print(sorted(env.items()), list(tokenize("a=1"))[:2])
