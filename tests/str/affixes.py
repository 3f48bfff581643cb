# startswith/endswith with tuples and windows; removeprefix/removesuffix; partition family
s = "héllo wörld"
print(s.startswith("hé"), s.startswith("wö", 6), s.startswith("wö", -5), s.startswith(("x", "hél")))
print(s.endswith("ld"), s.endswith("wö", 0, 8), s.endswith(("x", "y")), s.endswith(()), s.endswith("", 11))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 4), s.startswith("h", -100))
print("abc".startswith("abc", 0, 2), "abc".endswith("bc", -2), "abc".endswith("b", None, -1))
for bad in [lambda: s.startswith(), lambda: s.startswith(1), lambda: s.endswith((1,)),
            lambda: s.startswith(["h"]), lambda: s.endswith("a", "b"), lambda: s.startswith("a", 1, 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removeprefix(""), "abc".removesuffix("bc"),
      "abc".removesuffix(""), "abc".removesuffix("abcd"), "".removeprefix("a"))
for bad in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(), lambda: "a".removeprefix("a", "b")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
for t in ["a=b=c", "abc", "=", "", "é=ü=ö"]:
    print(repr(t), t.partition("="), t.rpartition("="), t.partition("=="), t.rpartition("b"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1), lambda: "a".partition()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
