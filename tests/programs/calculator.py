# A tokenizer and recursive-descent calculator written with functions and tuples.
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/()^%":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(c))
    toks.append(("end", None))
    return toks
def parse_expr(toks, pos):
    # expr := term (('+'|'-') term)*
    val, pos = parse_term(toks, pos)
    while toks[pos] in (("op", "+"), ("op", "-")):
        op = toks[pos][1]
        rhs, pos = parse_term(toks, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def parse_term(toks, pos):
    # term := factor (('*'|'/'|'%') factor)*
    val, pos = parse_factor(toks, pos)
    while toks[pos][0] == "op" and toks[pos][1] in "*/%":
        op = toks[pos][1]
        rhs, pos = parse_factor(toks, pos + 1)
        if op == "*":
            val *= rhs
        elif op == "/":
            val /= rhs
        else:
            val %= rhs
    return val, pos
def parse_factor(toks, pos):
    # factor := '-' factor | atom ('^' factor)?
    if toks[pos] == ("op", "-"):
        val, pos = parse_factor(toks, pos + 1)
        return -val, pos
    val, pos = parse_atom(toks, pos)
    if toks[pos] == ("op", "^"):
        exp, pos = parse_factor(toks, pos + 1)
        val = val ** exp
    return val, pos
def parse_atom(toks, pos):
    kind, v = toks[pos]
    if kind == "num":
        return v, pos + 1
    if toks[pos] == ("op", "("):
        val, pos = parse_expr(toks, pos + 1)
        if toks[pos] != ("op", ")"):
            raise SyntaxError("expected )")
        return val, pos + 1
    raise SyntaxError("unexpected " + repr(v))
def calc(src):
    try:
        toks = tokenize(src)
        val, pos = parse_expr(toks, 0)
        if toks[pos][0] != "end":
            raise SyntaxError("trailing input")
        return val
    except (SyntaxError, ZeroDivisionError) as e:
        return "error: " + type(e).__name__ + ": " + str(e)
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5", "2 ^ 100",
            "1.5 * 4", "((7))", "3 - - 3", "1 / 0", "2 +", "4 $ 4", "(1 + 2", "1 2"]:
    print(src.ljust(12), "=>", calc(src))
print(tokenize("12+(3.5*x)") if False else tokenize("12+(3.5)"))
