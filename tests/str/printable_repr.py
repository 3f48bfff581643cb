# isprintable and repr of format, separator, private-use and control characters
chars = ["a", " ", "\xa0", "\xad", "\u0600", "\u061c", "\u1680", "\u180e", "\u200b", "\u200d", "\u2028",
         "\u202f", "\u2060", "\u3000", "\ufeff", "\ue000", "\uf8ff", "\ufffd", "\U000110bd", "\U0001d173",
         "\U000e0001", "\U000e0041", "\U000e0100", "\U000f0000", "\U0010fffd", "\U0001f600", "\x7f", "\x85",
         "é", "\u0301", "\U0003134b", "\U00020000", "\U000e01ef"]
for c in chars:
    print(hex(ord(c)), c.isprintable(), repr(c), ascii(c), repr("x" + c + "y").isprintable())
print(repr("tab\there\x00\x1b[0m"), repr("\u2028\u2029"), repr("quote's"), repr('both \'"'))
print("".isprintable(), "abc\n".isprintable(), "日本語 text".isprintable())
