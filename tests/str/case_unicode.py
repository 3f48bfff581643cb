# case mapping: full Unicode mappings, final sigma, titlecase digraphs, casefold
words = ["straße", "STRASSE", "ǆemal", "ǅemal", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "ΑΣ", "İstanbul", "ﬁne ﬂow",
         "hello WORLD", "they're o'neil 3rd-place", "éCOLE", "ŉ", "", "123", "aBc DeF"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), "ß".title(), "ß".casefold(), "ẞ".lower(), "ſ".casefold(), "µ".casefold())
print("ΣΑΣ".casefold(), "ﬃ".upper(), "ﬃ".title(), "և".upper(), "ǰ".upper())
print("ß".upper() == "SS", "STRASSE".casefold() == "straße".casefold())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǅemal".istitle(),
      "123".istitle(), "A1B".istitle(), "A1b".istitle(), "".istitle(), "Σίσυφος".istitle())
print("abc".islower(), "abc1".islower(), "ABC".isupper(), "Abc".isupper(), "123".isupper(),
      "ǅ".isupper(), "ǅ".islower(), "ß".islower(), "ÉÀ".isupper(), "".islower())
try:
    print("a".upper(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".title(x=1))
except TypeError as e:
    print(type(e).__name__, e)
