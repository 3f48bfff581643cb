# lower, upper, swapcase, capitalize, title on str (Unicode mappings, final sigma, title-case
# digraphs, one-to-many mappings) and bytes/bytearray (ASCII only; bytes above 127 unchanged).

samples = ["", "hello world", "HELLO wORLD", "ǅungla ǆ Ǆ", "straße", "ΟΔΟΣ ΟΔΟΣ.", "ﬁx ﬂy",
           "ŉ", "ǰ", "i̇", "ÀÉÎõü", "they're bill's friends", "1st 2nd", "αβγ ΑΒΓ", "Σ", "ΑΣ",
           "a\x00b\x7fc", "hello\tWORLD\nnew"]
for s in samples:
    print(repr(s), [s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title(), s.casefold()])
    for b in (s.encode(), bytearray(s.encode())):
        print("   ", [b.lower(), b.upper(), b.swapcase(), b.capitalize(), b.title()])
print(bytes(range(256)).upper() == bytes(range(97)) + bytes(range(65, 91)) + bytes(range(123, 256)))
for t in ("x", b"x", bytearray(b"x")):
    for f in (lambda: t.lower(1), lambda: t.title(x=1), lambda: str.upper(b"x"), lambda: bytes.lower("x")):
        try:
            f()
        except TypeError as e:
            print("TypeError:", e)
