# A parser for a command language whose token stream is destructured with sequence and class patterns.
class Tok:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}({self.text})"
def lex(s):
    out = []
    for w in s.split():
        if w.isdigit():
            out.append(Tok("num", int(w)))
        elif w in ("to", "from", "by", "times"):
            out.append(Tok("kw", w))
        else:
            out.append(Tok("word", w))
    return out
def parse(s):
    match lex(s):
        case [Tok("word", "move"), Tok("word", obj), Tok("kw", "to"), Tok("num", x), Tok("num", y)]:
            return ("move", obj, (x, y))
        case [Tok("word", "repeat"), Tok("num", n), Tok("kw", "times"), *rest] if rest:
            inner = parse(" ".join(str(t.text) for t in rest))
            return ("repeat", n, inner)
        case [Tok("word", "scale"), Tok("word", obj), Tok("kw", "by"), Tok("num", f)]:
            return ("scale", obj, f)
        case [Tok("word", "delete"), *objs] if objs and all(t.kind == "word" for t in objs):
            return ("delete", [t.text for t in objs])
        case [Tok("word", verb), *_]:
            return ("error", f"cannot parse {verb} command")
        case []:
            return ("error", "empty")
        case [first, *_]:
            return ("error", f"must start with a word, not {first!r}")
for cmd in ["move box to 3 4", "repeat 3 times scale box by 2", "delete a b c", "delete", "jump high",
            "", "42 move", "repeat 2 times", "repeat 2 times repeat 3 times delete x"]:
    print(repr(cmd), "->", parse(cmd))
