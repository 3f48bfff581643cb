# case tables: Georgian titlecase, Cherokee folding, Greek iota subscript, ligatures, final sigma
words = ["ქართული ენა", "ᏣᎳᎩ ꮳꮃꭹ", "ᾀᾳ ᾼ ῲ", "ﬓﬔ ﬀ ﬅ", "ᲀᲁ", "ǆǉǌǳ", "ŉ ǰ ẖ", "ΰ ΐ ῦ"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.casefold()), repr(w.upper()), repr(w.lower()))
for w in ["ΑΣ'", "ΑΣ.Α", "ΑΣ1", "Α'Σ", "ΑΣ\u0301", "ΑΣ\u0301Β", "ΑΣ Β", "1Σ", "ΑΣΣ", "Σ.", "ΑΣ-Β",
          "ΑΣ:Β", "ΑΣ\u00adΒ", "ΑΣʰ", "ὈΔΥΣΣΕΎΣ", "ΣΊΣΥΦΟΣ ΚΑΙ ΣΑΣ"]:
    print(repr(w), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("ß".casefold() == "SS".casefold(), "ᏣᎳᎩ".casefold() == "ꮳꮃꭹ".casefold(), "ﬃ".casefold(), "ẞ".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ǅ".casefold(), "µ".casefold() == "μ".casefold())
