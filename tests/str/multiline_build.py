# Building strings from pieces and splitting them back.
rows = []
for i in range(1, 6):
    rows.append(str(i) + " squared is " + str(i * i))
text = "\n".join(rows)
print(text)
print(len(text), text.count("\n"), text.split("\n")[2])
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words))
print(" ".join(reversed(words)))
print(sorted(words, key=len))
acr = "".join(w[0].upper() for w in words)
print(acr, acr.lower(), acr[::2])
