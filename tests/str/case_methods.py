# Case conversion.
for s in ["hello World", "ÉCOLE été", "mIxEd 123 cAsE", "they're bill's friends", "", "a1b2"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
print("ß".upper(), "straße".lower(), "ǅ".lower())
