# A recursive-descent JSON parser with position-aware errors, and round-tripping via json.
class JSONError(ValueError):
    pass
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def error(self, msg):
        raise JSONError(f"{msg} at position {self.i}")
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("extra data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{": return self.obj()
        if c == "[": return self.arr()
        if c == '"': return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}": return out
            if c != ",": self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]": return out
            if c != ",": self.error("expected ',' or ']'")
    def string(self):
        if self.s[self.i:self.i + 1] != '"':
            self.error("expected string")
        j = self.s.find('"', self.i + 1)
        if j < 0: self.error("unterminated string")
        v = self.s[self.i + 1:j]
        self.i = j + 1
        return v
    def number(self):
        j = self.i
        while j < len(self.s) and self.s[j] in "-+.eE0123456789":
            j += 1
        text = self.s[self.i:j]
        if not text: self.error("unexpected character " + repr(self.s[self.i]))
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)
doc = '{"name": "x", "vals": [1, -2.5, 3e2, true, null], "nested": {"a": [], "b": {}}}'
r = Parser(doc).parse()
print(r)
print(r == {"name": "x", "vals": [1, -2.5, 300.0, True, None], "nested": {"a": [], "b": {}}}, sorted(r))
for bad in ('{"a" 1}', "[1, 2", '{"a": tru}', "[1] x", '"open', "", "[1;2]"):
    try:
        Parser(bad).parse()
    except JSONError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
