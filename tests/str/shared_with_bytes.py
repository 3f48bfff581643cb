# The methods str, bytes and bytearray share, side by side: the same algorithm over each
# type, with non-ASCII text (indices count characters), Unicode whitespace and line breaks for
# str only, and each type's argument errors.

def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(r))

texts = ["", "a", "abcabc", "  héllo  wörld \u3000x\u2028y ", "a\x1cb\x1fc", "€uro€€", "\tx\ty\n"]
for t in texts:
    for s in (t, t.encode(), bytearray(t.encode())):
        b = isinstance(s, (bytes, bytearray))
        def e(x):
            return x.encode() if b else x
        print(type(s).__name__, repr(s))
        for sub in ("", "a", "€", "bc", "ö", "x\u2028"):
            for args in ((), (1,), (-3,), (2, -1), (None, 3), (9,), (4, 2)):
                show(lambda: (s.find(e(sub), *args), s.rfind(e(sub), *args), s.count(e(sub), *args),
                              s.startswith(e(sub), *args), s.endswith(e(sub), *args)))
            show(lambda: s.index(e(sub)))
            show(lambda: s.rindex(e(sub), 1))
        show(lambda: s.startswith((e("zz"), e("a"), e("€"))))
        show(lambda: (s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0)))
        show(lambda: (s.split(e("a")), s.rsplit(e("€"), 1), s.split(e("bc"), maxsplit=1)))
        show(lambda: (s.splitlines(), s.splitlines(True)))
        show(lambda: (s.partition(e("€")), s.rpartition(e("a")), s.partition(e("q"))))
        show(lambda: (s.strip(), s.lstrip(), s.rstrip(), s.strip(e("a€ ")), s.rstrip(None)))
        show(lambda: (s.replace(e("a"), e("€€")), s.replace(e(""), e("-")), s.replace(e(""), e("-"), 2),
                      s.replace(e("€"), e(""), 1), s.replace(e("bc"), e("x"), 0)))
        show(lambda: (s.center(12), s.ljust(10, e("*")), s.rjust(9, e("€") if not b else b"!"), s.zfill(8)))
        show(lambda: (s.removeprefix(e("a")), s.removesuffix(e("€")), s.expandtabs(), s.expandtabs(3)))
        show(lambda: e("€").join([s, s, e("")]))

# Integers as needles for bytes, errors for each type.
show(lambda: (b"abca".find(97), b"abca".count(97, 1), bytearray(b"xy").index(121)))
show(lambda: b"abc".find(256))
show(lambda: "abc".find(97))
for s in ("ab", b"ab", bytearray(b"ab")):
    show(lambda: s.find(s, "x"))
    show(lambda: s.find(sub=s))
    show(lambda: s.split(1))
    show(lambda: s.split(sep=s, maxsplit="x"))
    show(lambda: s.split(s[:0]))
    show(lambda: s.rsplit(s, 1, 2))
    show(lambda: s.partition(s[:0]))
    show(lambda: s.partition())
    show(lambda: s.partition(3))
    show(lambda: s.splitlines(keepends=1, x=2))
    show(lambda: s.splitlines(2 ** 40))
    show(lambda: s.strip(3))
    show(lambda: s.strip(s, s))
    show(lambda: s.replace(s))
    show(lambda: s.replace(s, 3))
    show(lambda: s.replace(s, s, "x"))
    show(lambda: s.join([s, 5]))
    show(lambda: s.join(5))
    show(lambda: s.center(5, s))
    show(lambda: s.center("5"))
    show(lambda: s.zfill())
    show(lambda: s.removeprefix(1))
    show(lambda: s.expandtabs(tabsize="x"))
    show(lambda: s.startswith(1))
    show(lambda: s.endswith((s, 1)))
    show(lambda: s.count())
    show(lambda: s.index(s * 3))
show(lambda: str.find(1, "a"))
show(lambda: bytes.split())
# CPython returns the same object when nothing changes (exact str and bytes only).
for s in ("abc", b"abc"):
    print(s.strip() is s, s.replace(s[:1] * 2, s[:1]) is s, s.center(2) is s, s.zfill(1) is s)
ba = bytearray(b"abc")
print(ba.strip() is ba, ba.center(2) is ba)
