# Common bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.strip().split(b", "))
print(b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b"-".join([b"a", b"b", b"c"]), b"a,b".split(b","), b"x".startswith(b"x"), b"xy".endswith(b"y"))
print(b"abc".hex(), bytes.fromhex("deadbeef"), b"123".isdigit(), b"ab".isalpha())
print(b"ab" + b"cd", b"ab" * 3, b"a" < b"b", b"abc" == b"abc", b"a" == "a")
print(b"key=val".partition(b"="), b"  x  ".center(9, b"*") if False else b"ok")
