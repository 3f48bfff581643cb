# A spreadsheet: cells with formulas parsed recursively, dependency tracking, cycle and error values, __getitem__ by name.
class CellError(Exception):
    pass
class CycleError(CellError):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []
    def __setitem__(self, name, value):
        self.raw[name] = value
        self.cache.clear()
    def __getitem__(self, name):
        if name in self.cache:
            return self.cache[name]
        if name in self.evaluating:
            raise CycleError(" -> ".join(self.evaluating[self.evaluating.index(name):] + [name]))
        if name not in self.raw:
            raise CellError(f"empty cell {name}")
        self.evaluating.append(name)
        try:
            value = self.evaluate(self.raw[name])
        finally:
            self.evaluating.pop()
        self.cache[name] = value
        return value
    def evaluate(self, v):
        if not (isinstance(v, str) and v.startswith("=")):
            return v
        tokens = v[1:].replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()
        value, rest = self.expr(tokens)
        if rest:
            raise CellError(f"junk after formula: {rest}")
        return value
    def expr(self, toks):
        left, toks = self.term(toks)
        while toks and toks[0] in "+-":
            op, (right, toks) = toks[0], self.term(toks[1:])
            left = left + right if op == "+" else left - right
        return left, toks
    def term(self, toks):
        left, toks = self.atom(toks)
        while toks and toks[0] in "*/":
            op, (right, toks) = toks[0], self.atom(toks[1:])
            if op == "/" and right == 0:
                raise CellError("#DIV/0!")
            left = left * right if op == "*" else left / right
        return left, toks
    def atom(self, toks):
        if not toks:
            raise CellError("formula ends early")
        t, toks = toks[0], toks[1:]
        if t == "(":
            v, toks = self.expr(toks)
            return v, toks[1:]
        if t in ("SUM", "MAX"):
            args, toks = [], toks[1:]
            while toks[0] != ")":
                v, toks = self.expr(toks)
                args.append(v)
                if toks[0] == ",":
                    toks = toks[1:]
            return (sum(args) if t == "SUM" else max(args)), toks[1:]
        if t.replace(".", "", 1).isdigit():
            return (float(t) if "." in t else int(t)), toks
        return self[t], toks
s = Sheet()
s["A1"] = 10
s["A2"] = 32
s["A3"] = "=A1 + A2 * 2"
s["B1"] = "=SUM(A1, A2, A3) / 2"
s["B2"] = "=MAX(A1, (A2 - A1) * 3, 5)"
for name in ("A3", "B1", "B2"):
    print(name, s[name])
s["A1"] = 0
print("after change:", s["A3"], s["B1"])
s["C1"] = "=C2 + 1"
s["C2"] = "=C3 * 2"
s["C3"] = "=C1"
s["D1"] = "=A2 / A1"
s["D2"] = "=Z9 + 1"
s["D3"] = "=1 +"
s["D4"] = "=1 2"
for name in ("C1", "D1", "D2", "D3", "D4"):
    try:
        print(name, s[name])
    except CycleError as e:
        print(name, "cycle:", e)
    except CellError as e:
        print(name, type(e).__name__, e)
print(s.evaluating, sorted(s.cache))
