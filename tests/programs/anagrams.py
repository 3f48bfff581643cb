# Grouping anagrams and finding palindromes with dicts and sorted keys.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god",
         "level", "rotor", "python", "typhon", "a"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    print(key, groups[key])
print([w for w in words if w == w[::-1]])
def is_anagram(a, b):
    counts = {}
    for c in a:
        counts[c] = counts.get(c, 0) + 1
    for c in b:
        if counts.get(c, 0) == 0:
            return False
        counts[c] -= 1
    return all(v == 0 for v in counts.values())
print(is_anagram("dormitory", "dirtyroom"), is_anagram("abc", "abd"), is_anagram("aab", "ab"))
