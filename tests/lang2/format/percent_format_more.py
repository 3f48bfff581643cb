# %-formatting: every conversion, flags, width and precision from *, mappings, errors.
print("%s %r %a %d %i %u" % ("s", "r", "é", 42, -7, 3))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%f %.2f %10.3f %-10.1f| %+f %e %E %.3g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.0, 12345.678, 0.00012, 0.000123456, 1e20))
print("%c%c %c" % (72, "i", 0x263A))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bo", "age": 9})
print("100%% sure, %s%%" % 50)
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ((1, 2), [3]))
print("%d" % 3.99, "%s" % None, "%r" % "x", "%.3s" % "abcdef")
print("%i%%" % True, "%x" % False, "%.0f" % 2.5, "%.0f" % 3.5)
class P:
    def __str__(self): return "strP"
    def __repr__(self): return "reprP"
print("%s %r" % (P(), P()))
for fmt, args in (("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1),
                  ("%(k)s", {}), ("%c", 1.5), ("%c", "ab"), ("%x", 1.5), ("%", ())):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"by", 5, 255), b"%c" % 65)
