# % formatting with mappings, and every error CPython reports
print("%(a)s-%(b)05d-%(c).2f" % {"a": "x", "b": 5, "c": 2.5}, "%(x)s %(x)r" % {"x": "q"})
print("%(a)s %(a)s" % {"a": 1, "b": 2}, "%s %(a)s" % {"a": 1}, "%(a b)s|%(())s" % {"a b": 1, "()": 2})
print("abc" % {"a": 1}, "abc" % [], "%s" % [], "%s" % ([],), "%(k)-5s|%(k)5s|" % {"k": "v"})
d = {"name": "pyrite", "n": 3, "pi": 3.14159}
print("%(name)s has %(n)d items, pi ~ %(pi).3f (%(pi)e)" % d)
cases = [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%d", (None,)), ("%x", 1.5), ("%o", "7"),
         ("%c", 1234567), ("%c", -1), ("%c", "ab"), ("%c", 1.5), ("%y", 1), ("%", ()), ("%(a", {"a": 1}),
         ("%(a)s", 5), ("%(a)s", {}), ("abc", 5), ("abc", (1,)), ("%5%", (1,)), ("%-5%|", ()),
         ("%(a)%", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a)*d", {"a": 1}), ("%s", ()),
         ("%*d", ("x", 1)), ("%.*f", (1.5, 2.0)), ("%f", "x"), ("%e", None), ("%d %d", (1, "2")),
         ("%.2d", 1.5), ("%z %s", (1, 2)), ("%ld %hd %Lf", (1, 2, 3.0)), ("%s %", (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
