# A tokenizer built from generators with a Token class, peekable lookahead, and line/column errors.
class Token:
    def __init__(self, kind, value, line, col):
        self.kind, self.value, self.line, self.col = kind, value, line, col
    def __repr__(self):
        return f"{self.kind}:{self.value!r}@{self.line}:{self.col}"
    def __eq__(self, other):
        if isinstance(other, tuple):
            return (self.kind, self.value) == other
        return NotImplemented
class LexError(Exception):
    def __init__(self, ch, line, col):
        super().__init__(f"unexpected {ch!r} at line {line}, column {col}")
KEYWORDS = {"let", "print", "if"}
def chars(text):
    line, col = 1, 1
    for ch in text:
        yield ch, line, col
        if ch == "\n":
            line, col = line + 1, 1
        else:
            col += 1
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
def tokens(text):
    src = Peekable(chars(text))
    for ch, line, col in src:
        if ch in " \t":
            continue
        if ch == "\n":
            yield Token("NL", "\\n", line, col)
        elif ch.isdigit():
            s = ch
            while (p := src.peek()) and p[0].isdigit():
                s += next(src)[0]
            yield Token("NUM", int(s), line, col)
        elif ch.isalpha() or ch == "_":
            s = ch
            while (p := src.peek()) and (p[0].isalnum() or p[0] == "_"):
                s += next(src)[0]
            yield Token("KW" if s in KEYWORDS else "NAME", s, line, col)
        elif ch in "+-*/=()<>":
            if ch in "<>=" and src.peek() and src.peek()[0] == "=":
                next(src)
                yield Token("OP", ch + "=", line, col)
            else:
                yield Token("OP", ch, line, col)
        else:
            raise LexError(ch, line, col)
program = "let x = 10\nif x >= 5\n  print(x * 2)\n"
toks = list(tokens(program))
print(toks)
print(toks[0] == ("KW", "let"), toks[1] == ("NAME", "x"), toks[0] == 5)
print([t.value for t in toks if t.kind == "OP"])
try:
    list(tokens("let y = 3\nlet z = $"))
except LexError as e:
    print(type(e).__name__, e)
