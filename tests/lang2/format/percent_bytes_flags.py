# % formatting on bytes and bytearray: %s/%b take bytes-like objects, %r/%a give ascii()
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159, b"%c%c" % (65, b"\n"), b"%%%d%%" % 5)
print(b"%5s|%-5b|%.1s|" % (b"a", b"b", b"abc"), b"%s" % bytearray(b"q"), b"%x %o %e" % (255, 8, 1.5))
print(bytearray(b"%d|%s") % (5, b"z"), type(bytearray(b"%d") % 1).__name__, b"%r %a" % ("é", b"x"))
print(b"%(n)d %(s)s" % {b"n": 3, b"s": b"str"}, b"abc" % {}, b"%-4c|%4c|" % (65, 66))

class B:
    def __bytes__(self):
        return b"custom"

print(b"[%s]" % B(), b"%10b|" % B())
cases = [(b"%s", 5), (b"%s", "x"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%s", (1, 2)),
         (b"%y", 1), (b"%(n)d", {"n": 3}), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"abc", 5),
         (b"%d", b"1"), (b"%", ())]
for fmt, args in cases:
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
