# Dict keys built by string concatenation, after the collector has run over garbage: every
# freshly built key must hash like the literal key it equals.
junk = []
for i in range(3000):
    junk.append(("x" * (i % 50), i))
junk = None
counts = {}
seed = 1
for i in range(20000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    w = "k" + str(seed % 500)
    counts[w] = counts.get(w, 0) + 1
hits = 0
for i in range(500):
    key = "k" + str(i)
    if key in counts:
        hits += counts[key]
print(hits, len(counts), counts["k" + "7"] == counts.get("k7"), {"a" + "b": 1}["ab"])
