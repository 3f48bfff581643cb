# format() of str and of other objects: fill, alignment, precision truncation, errors
for s in ["", "ab", "héllo", "日本語", "😀x"]:
    print(repr(s), "[" + format(s, "") + "]", "[" + format(s, "6") + "]", "[" + format(s, ">6") + "]",
          "[" + format(s, "^7") + "]", "[" + format(s, "*<5") + "]", "[" + format(s, ".2") + "]",
          "[" + format(s, "8.3s") + "]", "[" + format(s, "06") + "]", "[" + format(s, "·^6") + "]")
print(format(None, ""), format([1, 2], ""), format((1,), ""), format({"a": 1}, ""), format(range(3), ""))
print(f"{'ab'!r:^9}|", f"{'ab'!s:>4}|", f"{'é'!a:<8}|", f"{[1, 'x']!r:>12}|", f"{None!s:5}|")
for v, spec in [("a", "d"), ("a", "="), ("a", "+"), ("a", "#"), ("a", "z"), ("a", ",s"), ("a", "_"),
                ("a", "x<"), (None, "x"), (None, ">5"), ([1], "<3"), ((), "s"), ("a", ".s"), ("a", "10.3x")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print(format("x", "\u2192^5"), format("x", "{^5"), format("x", "}<3"), format("x", "<<3"), format("x", "0>3"))
