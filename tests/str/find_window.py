# find/rfind/index/rindex/count with start/end windows, negative indices, unicode text
s = "héllo wörld, héllo"
print(s.find("l"), s.rfind("l"), s.find("héllo", 1), s.rfind("héllo", 0, -1))
print(s.find("l", -5), s.find("l", -5, -3), s.rfind("ö"), s.find("ö", 8))
print(s.find(""), s.find("", 5), s.find("", len(s)), s.find("", len(s) + 1))
print(s.rfind(""), s.rfind("", 2, 4), s.find("x"), s.find("l", 100), s.find("l", None, None))
print(s.count("l"), s.count("l", 3), s.count("l", -4, -1), s.count(""), s.count("", 17))
print("aaaa".count("aa"), "aaaa".count("a", 1, 3), "".count(""), "".count("", 1))
print(s.index("w"), s.rindex("l"), s.index("l", -4))
for args in [("z",), ("l", 0, 2), ("h", 1, 10)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("rindex", type(e).__name__, e)
for bad in [lambda: s.find(), lambda: s.find(1), lambda: s.count("a", 1, 2, 3),
            lambda: s.find("a", "x"), lambda: s.rfind(None), lambda: s.index("a", 1.5),
            lambda: s.find(sub="a"), lambda: s.count()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
big = 10 ** 30
print(s.find("l", -big), s.find("l", big), s.count("l", -big, big), s.rfind("l", 0, big))
print("😀a😀b".find("b"), "😀a😀b".rfind("😀"), "😀a😀b".index("a", -3))
print("abc".find("c", True), "abc".count("", 2, 1), "abc".find("", 2, 1))
