# is* predicates across ASCII, Latin, digits of other scripts, superscripts, fractions, CJK
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", " \t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f",
           "\u200b", "\xa0\u3000", "é", "日本", "²³", "½", "一二三", "Ⅻ", "٣٤", "१२", "①", "⁵",
           "_id", "1abc", "été", "a-b", "def", "x y", "\n", "ǅ", "Ⓐ", "abc\x7f", "𝟘𝟙"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = []
    for n in names:
        flags.append("T" if getattr(s, n)() else ".")
    print(repr(s).ljust(22), " ".join(f.ljust(4) for f in flags))
for bad in [lambda: "a".isdigit(1), lambda: "a".isalpha(x=1), lambda: str.isdigit(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
