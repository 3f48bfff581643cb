# strip family with char sets, center/ljust/rjust widths and fill chars, zfill signs, errors
for t in ["  hi  ", "\t\n hi \x0b\x0c\r", "xxhixx", "", "   ", "\u3000hi\xa0"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip(None)))
print("xyhiyx".strip("yx"), "xyhiyx".lstrip("xy"), "xyhiyx".rstrip("xy"), "hi".strip(""), "ééhié".strip("é"))
for w in [-1, 0, 2, 3, 4, 5, 6, 7]:
    print(w, "[" + "abc".center(w) + "]", "[" + "ab".center(w, "*") + "]",
          "[" + "abc".ljust(w, "-") + "]", "[" + "abc".rjust(w, "ü") + "]")
print("é".center(4, "·"), "".center(3, "x"), "".ljust(2) + "|")
for t in ["42", "-42", "+42", "", "-", "+", "a-b", "--1", "ü"]:
    print(repr(t), t.zfill(5), t.zfill(0), t.zfill(-3))
for bad in [lambda: "a".center(), lambda: "a".center(1, 2, 3), lambda: "a".center(5, ""),
            lambda: "a".ljust(5, "ab"), lambda: "a".rjust(5, 1), lambda: "a".center("5"),
            lambda: "a".zfill(), lambda: "a".zfill(1.5), lambda: "a".strip(1), lambda: "a".lstrip(1, 2),
            lambda: "a".rstrip(chars="a"), lambda: "a".center(10 ** 30)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
