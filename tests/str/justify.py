# center, ljust, rjust, zfill.
for w in (0, 3, 8, 9):
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
print("abc".center(9, "*"), "ab".center(5, "-"), "abc".center(6, "."), "x".ljust(4, "0"), "x".rjust(4, "é"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
