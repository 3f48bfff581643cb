# Conversions !r !s !a, ascii(), and repr of strings with quotes and non-ASCII characters.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "café", "日本", "\U0001F600"]
for v in vals:
    print(f"{v!r} {v!a} {v!s}")
print(ascii(vals[5:7]), ascii({"ké": 1}), ascii(1.5), ascii(None))
class W:
    def __repr__(self):
        return "W(ü)"
    def __str__(self):
        return "wü"
w = W()
print(f"{w} {w!r} {w!a} {w!s:>5} {w!r:*<8}")
print("{0!r} {0!a} {0!s}".format(w))
print("{!r:^10}|{!s:.2}".format("ab", "xyz"))
print("%r %a %s" % (w, w, w))
print(repr(b"bytes\x00\xff'"), ascii(b"x"))
print(repr("\\"), repr("\r"), repr("\x1b"), repr("\u200b"), repr("\u00e9"))
for bad in ("{!x}", "{0!}", "{!rr}"):
    try:
        bad.format(1)
    except ValueError as e:
        print(type(e).__name__, e)
