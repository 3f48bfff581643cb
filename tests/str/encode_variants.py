# str.encode: codecs and their aliases, error handlers, UnicodeEncodeError messages
for s in ["abc", "é", "日本", "😀", "", "a€b"]:
    print(repr(s), s.encode(), s.encode("utf-8") == s.encode("UTF8"), s.encode("utf_8"), len(s.encode()))
print("é".encode("latin-1"), "é".encode("iso-8859-1"), "é".encode("L1"), "ab".encode("US-ASCII"), "ab".encode("ascii"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, "aé€😀b".encode("ascii", errors), "aé€😀b".encode("latin-1", errors=errors))
print("é".encode("utf-16"), "é".encode("utf-16-be"), "é€".encode("utf-16-le"), "é".encode("utf-32-be"))
print("a".encode(encoding="ascii", errors="strict"), "é".encode(errors="strict"))
for args in [("ascii",), ("latin-1",), ("ascii", "strict"), ("bogus",), ("ascii", "bogus")]:
    for s in ["a€€b", "é", "😀x", "ok"]:
        try:
            print(args, s.encode(*args))
        except (UnicodeEncodeError, LookupError) as e:
            print(args, type(e).__name__, e)
for bad in [lambda: "a".encode(1), lambda: "a".encode("ascii", 1), lambda: "a".encode(x=1),
            lambda: "a".encode("a", "b", "c"), lambda: "a".encode(None)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeError as e:
    print("caught as UnicodeError", isinstance(e, ValueError))
