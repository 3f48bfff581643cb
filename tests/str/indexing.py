# Indexing strings, including non-ASCII characters.
s = "héllo wörld"
print(s[0], s[1], s[-1], s[7], len(s))
print("é"[0], len("é"), len("日本語"), "日本語"[1], "😀x"[1])
for i in range(len("aé😀")):
    print(i, "aé😀"[i], ord("aé😀"[i]))
try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"[-4]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"["x"]
except TypeError as e:
    print("TypeError", e)
print("abc"[True], "abc"[-3])
