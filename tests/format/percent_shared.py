# printf-style % on str and bytes side by side: one engine with each type's conversions
# (%s/%r/%a/%c/%b) and messages; widths count characters for str and bytes for bytes.


class Idx:
    def __index__(self):
        return 42


class Num:
    def __int__(self):
        return 7


class B:
    def __bytes__(self):
        return b"<B>"

    def __str__(self):
        return "B()"


def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(r))


for fmt in ["%s|%5s|%-5s|%.2s|%5.1s", "%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d", "%x|%X|%#x|%#o|%o|%08.3x",
            "%c|%3c|%-3c", "%%|%5%", "%(a)s-%(b)d", "%*d|%-*d|%.*s", "%r|%a", "%u"]:
    for t in (fmt, fmt.encode()):
        for args in [("é€", "ab", "x", "héllo", "wörld"), (-12, 3, 45, -6, 7, 8, 9, 10),
                     (255, 255, 255, 8, 8, -5), (65, 0x20ac, "z"), (), {"a": "v", "b": 4},
                     (7, 42, -3, 5, 2, "abcdef"), ("é", "é"), (5,)]:
            bargs = args
            if isinstance(t, bytes):
                if isinstance(args, tuple):
                    bargs = tuple(a.encode() if isinstance(a, str) else a for a in args)
                else:
                    bargs = {k.encode(): (v.encode() if isinstance(v, str) else v)
                             for k, v in args.items()}
            show(lambda: t % bargs)

for t in ("x", b"x"):
    e = (lambda s: s) if isinstance(t, str) else (lambda s: s.encode())
    show(lambda: e("%d") % Idx())
    show(lambda: e("%x") % Idx())
    show(lambda: e("%d") % Num())
    show(lambda: e("%x") % Num())
    show(lambda: e("%i") % "s")
    show(lambda: e("%d %d") % (1,))
    show(lambda: e("%d") % (1, 2))
    show(lambda: e("%(a)s") % (1,))
    show(lambda: e("%(a") % {"a": 1})
    show(lambda: e("%") % ())
    show(lambda: e("%5") % (1,))
    show(lambda: e("%y") % (1,))
    show(lambda: e("%\x01") % (1,))
    show(lambda: e("ab%é") % (1,) if isinstance(t, str) else b"ab%\xe9" % (1,))
    show(lambda: e("%c") % 300)
    show(lambda: e("%c") % -1)
    show(lambda: e("%c") % "ab")
    show(lambda: e("%c") % b"a")
    show(lambda: e("%b") % b"ab")
    show(lambda: e("%s") % B())
    show(lambda: e("%s") % 3)
    show(lambda: e("%*d") % ("x", 1))
    show(lambda: e("%.*d") % (2, 1))
    show(lambda: e("%s") % [1, 2])
    show(lambda: e("abc") % [1, 2])
    show(lambda: e("abc") % b"xy")
    show(lambda: e("abc") % "xy")
    show(lambda: e("abc") % 5)
    show(lambda: e("%s %s") % ("a", "b") if isinstance(t, str) else b"%s %s" % (b"a", bytearray(b"b")))
show(lambda: bytearray(b"%s-%d") % (b"k", 5))
show(lambda: "%s" % b"ab")
show(lambda: "%s" % (b"ab",))
