# split and rsplit: whitespace rules, explicit separators, maxsplit, keywords, errors
tests = ["  a  b\tc\n d  ", "a,b,,c,", "", "   ", "one", "a\x1cb\x1fc\u3000d\xa0e\u2003f", "x  y"]
for t in tests:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1))
    print("  ", t.split(","), t.rsplit(",", 1), t.split(",", 0), t.split(maxsplit=0), t.rsplit(maxsplit=0))
print("a,b,c".split(",", -1), "a,b,c".split(",", maxsplit=1), "a,b,c".rsplit(sep=",", maxsplit=1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"), ":::".rsplit("::"))
print("aXbXc".split("X", 5), "ébéc".split("é"), "日本語".split("本"))
print("a b c".split(sep=None), "a b c".split(None, maxsplit=1))
print(" a b ".split(" "), " a b ".rsplit(" ", 1))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
            lambda: "a".split(",", "x"), lambda: "a".split(x=1), lambda: "a".split(",", sep=","),
            lambda: "a".split(",", 1, 2), lambda: "a".rsplit(None, 1.0), lambda: "a".split(None, 10 ** 30)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
