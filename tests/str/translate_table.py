# str.maketrans in its three forms, translate with dicts, lists and strings as tables
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t), "hello".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, 99: "C", 100: 101})
print(sorted(t2.items()), "abcde".translate(t2))
print("abc".translate({ord("a"): "", ord("c"): "cc"}), "abc".translate({}))
print("abc".translate([None] * 98 + ["B"]), "abc".translate("0123456789" * 10))
print("éa".translate({233: "e"}), "日本".translate({26085: "sun"}))
print(str.maketrans("", ""), str.maketrans("é", "e"))
for bad in [lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 1),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans({"ab": 1}),
            lambda: "abc".translate({97: 1.5}), lambda: "abc".translate({97: 0x110000}),
            lambda: "abc".translate(), lambda: "abc".translate(5), lambda: str.maketrans("a", "b", "c", "d")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
