# A tiny backtracking regex engine (literals, ., *, +, ?, anchors, groups via classes) built on generators.
class Node:
    def match(self, s, i):
        raise NotImplementedError
class Char(Node):
    def __init__(self, c): self.c = c
    def match(self, s, i):
        if i < len(s) and (self.c == "." or s[i] == self.c):
            yield i + 1
class Seq(Node):
    def __init__(self, items): self.items = items
    def match(self, s, i, k=0):
        if k == len(self.items):
            yield i
            return
        for j in self.items[k].match(s, i):
            yield from self.match(s, j, k + 1)
class Alt(Node):
    def __init__(self, options): self.options = options
    def match(self, s, i):
        for o in self.options:
            yield from o.match(s, i)
class Repeat(Node):
    def __init__(self, node, lo, hi): self.node, self.lo, self.hi = node, lo, hi
    def match(self, s, i, count=0):
        if self.hi is None or count < self.hi:
            for j in self.node.match(s, i):
                if j != i:
                    yield from self.match(s, j, count + 1)
        if count >= self.lo:
            yield i
class RegexError(ValueError):
    pass
def parse(p):
    pos = 0
    def alt():
        nonlocal pos
        options = [seq()]
        while pos < len(p) and p[pos] == "|":
            pos += 1
            options.append(seq())
        return options[0] if len(options) == 1 else Alt(options)
    def seq():
        nonlocal pos
        items = []
        while pos < len(p) and p[pos] not in "|)":
            c = p[pos]
            pos += 1
            if c == "(":
                node = alt()
                if pos >= len(p) or p[pos] != ")":
                    raise RegexError(f"missing ) at {pos}")
                pos += 1
            elif c in "*+?":
                raise RegexError(f"nothing to repeat at {pos - 1}")
            else:
                node = Char(c)
            while pos < len(p) and p[pos] in "*+?":
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[p[pos]]
                node = Repeat(node, lo, hi)
                pos += 1
            items.append(node)
        return Seq(items)
    tree = alt()
    if pos != len(p):
        raise RegexError(f"unbalanced ) at {pos}")
    return tree
def fullmatch(p, s):
    return any(j == len(s) for j in parse(p).match(s, 0))
def search(p, s):
    tree = parse(p)
    for start in range(len(s) + 1):
        ends = [j for j in tree.match(s, start)]
        if ends:
            return s[start:max(ends)]
    return None
tests = [("ab*c", "abbbc"), ("ab*c", "ac"), ("ab+c", "ac"), ("a(b|c)*d", "abccbd"), ("colou?r", "color"),
         ("colou?r", "colouur"), ("(ab)+", "ababab"), ("a.c", "axc"), ("(a|b)*abb", "babaabb"), ("", "")]
for p, s in tests:
    print(f"{p!r:12} {s!r:10} {fullmatch(p, s)}")
print(search("b+", "aabbbcc"), search("x(y|z)", "wxzy"), search("q", "abc"))
for bad in ("*a", "(ab", "ab)", "a|+"):
    try:
        parse(bad)
    except RegexError as e:
        print(type(e).__name__, e)
