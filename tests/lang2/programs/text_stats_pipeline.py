# Text statistics with generators, dict subclasses, sorting with keys, and formatted output.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and a cat walk into a bar. The cat orders milk."""
class Counter(dict):
    def __missing__(self, k):
        return 0
    def update_from(self, it):
        for x in it:
            self[x] += 1
        return self
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
def words(text):
    word = []
    for ch in text:
        if ch.isalpha():
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)
def sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch in ".!?":
            s = text[start:i + 1].strip()
            if s:
                yield s
            start = i + 1
freq = Counter().update_from(words(TEXT))
print(freq.most_common(5))
print(len(freq), sum(freq.values()), freq["zebra"])
lengths = Counter().update_from(len(w) for w in words(TEXT))
for length in sorted(lengths):
    print(f"{length:>2} {'#' * lengths[length]} {lengths[length]}")
for i, s in enumerate(sentences(TEXT), 1):
    ws = list(words(s))
    print(f"{i}. {len(ws):2d} words, longest {max(ws, key=len)!r:10} {s[:30]!r}")
pairs = Counter().update_from(zip(words(TEXT), list(words(TEXT))[1:]))
print([f"{a} {b}" for (a, b), n in pairs.most_common(3)])
