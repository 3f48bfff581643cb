# replace with counts and empty patterns; expandtabs columns, tabsize keyword, errors
s = "aaa bbb aaa"
print(s.replace("a", "x"), s.replace("a", "x", 2), s.replace("a", "x", 0), s.replace("a", "x", -1))
print(s.replace("aaa", ""), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"))
print("ééé".replace("é", "e", 2), "😀😀".replace("😀", "ok"), "abc".replace("abcd", "x"))
print(s.replace(" ", "  ").replace("  ", " "), "xax".replace("x", "xx"))
for t in ["ab\tc\td", "a\tb\nc\td", "\t", "12345678\tx", "a\rb\tc", "é\tü\t!"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)),
          repr(t.expandtabs(-1)), repr(t.expandtabs(tabsize=3)), repr(t.expandtabs(1)))
for bad in [lambda: s.replace("a"), lambda: s.replace("a", 1), lambda: s.replace(1, "a"),
            lambda: s.replace("a", "b", "c"), lambda: s.replace("a", "b", count=1),
            lambda: s.expandtabs("x"), lambda: s.expandtabs(1, 2), lambda: s.expandtabs(size=2),
            lambda: s.replace("a", "b", 1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
