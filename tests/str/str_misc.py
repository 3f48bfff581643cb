# Misc str functions: str(), constructors, removeprefix, hashing, identity of equal strings.
print(str(), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": [1]}))
print("test_abc".removeprefix("test_"), "abc.py".removesuffix(".py"), "x".removeprefix("y"))
print(hash("abc") == hash("ab" + "c"), "ab" + "c" == "abc")
print("a,b;c".replace(";", ",").split(","))
print("x".join("123"), "abc".casefold(), "Hello"[::-1].lower())
print("tEST".capitalize(), "a".isascii() if hasattr("a", "isascii") else True, "é".isascii())
