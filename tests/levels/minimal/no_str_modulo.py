# The minimal level has no printf-style % formatting (MicroPython's
# MICROPY_PY_BUILTINS_STR_OP_MODULO is off in its small ports): `%` on str and bytes raises
# TypeError; str.format, format() and integer % work.


def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("'%d' % 5", lambda: "%d" % 5)
attempt("'%s=%s' % (1, 2)", lambda: "%s=%s" % (1, 2))
attempt("'%(a)s' % {}", lambda: "%(a)s" % {"a": 1})
attempt("'no directive' % ()", lambda: "no directive" % ())
attempt("b'%d' % 5", lambda: b"%d" % 5)


def augmented():
    s = "%d"
    s %= 7
    return s


attempt("s %= 7", augmented)
attempt("5 % 'x'", lambda: 5 % "x")

# What remains: str.format, format(), integer modulo, str and repr of objects.
print("{} {:5d} {:<4}| {:x} {!r}".format("n", 42, "ab", 255, "q"), format(7, "03d"))
print(17 % 5, -17 % 5, divmod(17, -5), "a%b" + "%", len("%d"), "%" in "100%")
print(str([1, "x"]), repr(b"%s"), "%d".replace("%", "{}").format(3))
