# Instances as dict keys (identity hashing), class-level registries, __eq__ without __hash__.
class Token:
    count = 0
    def __init__(self, text):
        Token.count += 1
        self.id = Token.count
        self.text = text
    def __repr__(self):
        return "Token(" + str(self.id) + ", " + repr(self.text) + ")"
toks = [Token(w) for w in "a b a".split()]
seen = {t: t.text for t in toks}
print(len(seen), toks, Token.count)
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(Val(1) == Val(1), Val.__hash__ is None)
try:
    {Val(1)}
except TypeError as e:
    print("TypeError", e)
