# Word frequency counter with punctuation stripping and ranking.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out
def count(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq
ws = words(TEXT)
freq = count(ws)
print("words:", len(ws), "distinct:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print(w.ljust(12) + str(n).rjust(3) + " " + "#" * n)
print("first seen order:", list(freq)[:6])
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
