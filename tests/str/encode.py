# str.encode and round trips through bytes.
for s in ["abc", "é", "日本", "😀", ""]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "café".encode("latin-1") if False else "skip")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff".decode()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
