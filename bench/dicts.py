# Dict operations: word counting, lookups, deletion.
seed = 1
counts = {}
for i in range(1200000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    w = "k" + str(seed % 5000)
    counts[w] = counts.get(w, 0) + 1
hits = 0
for i in range(5000):
    if ("k" + str(i)) in counts:
        hits += counts["k" + str(i)]
for k in list(counts)[::2]:
    del counts[k]
top = max(counts.values())
print("checksum", hits, len(counts), top)
