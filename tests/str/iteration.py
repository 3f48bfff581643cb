# Iterating over strings.
for ch in "héllo":
    print(ch, end=",")
print()
print(list("abc"), tuple("xy"), sorted("banana"), set("aab") == {"a", "b"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print([c * 2 for c in "xyz"], "".join(reversed("stressed")))
print(list(enumerate("ab")), list(zip("abc", "12")))
