# strip family with and without characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip("hello") == "")
print("www.example.com".strip("cmowz."))
print("0001200".lstrip("0"), "1.500".rstrip("0").rstrip("."))
