# isalpha & co. on str (Unicode classes), bytes and bytearray (ASCII; a byte above 127 has no
# class), including title-case letters, the ASCII separators \x1c-\x1f (str whitespace only)
# and the empty string.

samples = ["", "abc", "ABC", "Abc Def", "abc1", "123", " \t\n", "\x1c\x1f", "ǅ", "ǅa",
           "Ǆ", "é", "É", "ÉCOLE", "école", "١٢٣", "½", "²", "a_b", "ab cd", "Ab1 Cd",
           "\xa0", "\u3000", "aBc", "A1B", "1a"]
names = ["isalnum", "isalpha", "isascii", "isdigit", "isspace", "islower", "isupper",
         "istitle"]
for s in samples:
    row = [n for n in names + ["isdecimal", "isnumeric"] if getattr(s, n)()]
    print(repr(s), row)
    for b in (s.encode(), bytearray(s.encode())):
        print("   ", repr(b), [n for n in names if getattr(b, n)()])
for b in (bytes(range(256)), b"\x80a", b"a\xff"):
    print([n for n in names if getattr(b, n)()])
for t in ("x", b"x", bytearray(b"x")):
    for f in (lambda: t.isalpha(1), lambda: t.isdigit(x=1), lambda: str.isspace(),
              lambda: bytes.islower(5)):
        try:
            f()
        except TypeError as e:
            print("TypeError:", e)
