# Ints are the signed 64-bit range without the `bigint` feature: results at the edges are
# exact, and every operation whose result leaves the range raises OverflowError, which a
# program can catch and go on.
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX, MIN, type(MIN).__name__)
print(MAX == (2 ** 62 - 1) * 2 + 1, MIN == -(2 ** 62) * 2, (-2) ** 63 == MIN)
print(MAX + MIN, MIN + MAX + 1, MAX - MAX, MIN // 1, MIN % 7, MAX // -1)
print(-MAX, ~MAX, ~MIN, abs(-MAX), -1 << 63, 1 << 62, MIN >> 63, MAX >> 62, MIN >> 100)
print(2 ** 62 + (2 ** 62 - 1), 3 ** 39, (-3) ** 39, 7 ** 22)
print(MAX & -2, MAX | MIN, MAX ^ MIN, MIN & MAX, -1 & MIN)
print(divmod(MIN, MAX), divmod(MAX, MIN), divmod(MIN, 2), MIN % -1, MIN // MAX)


def attempt(name, f):
    try:
        print(name, f())
    except OverflowError as e:
        print(name, "OverflowError:", e)


attempt("MAX + 1", lambda: MAX + 1)
attempt("MIN - 1", lambda: MIN - 1)
attempt("2**62 * 2", lambda: 2 ** 62 * 2)
attempt("-2**62 * 2", lambda: -2 ** 62 * 2)
attempt("-2**63", lambda: -2 ** 63)
attempt("2**63", lambda: 2 ** 63)
attempt("3**40", lambda: 3 ** 40)
attempt("10**19", lambda: 10 ** 19)
attempt("2**100000", lambda: 2 ** 100000)
attempt("-MIN", lambda: -MIN)
attempt("abs(MIN)", lambda: abs(MIN))
attempt("MIN // -1", lambda: MIN // -1)
attempt("divmod(MIN, -1)", lambda: divmod(MIN, -1))
attempt("MAX * MAX", lambda: MAX * MAX)
attempt("MIN * -1", lambda: MIN * -1)
attempt("1 << 63", lambda: 1 << 63)
attempt("1 << 1000", lambda: 1 << 1000)
attempt("MAX << 1", lambda: MAX << 1)
attempt("pow(2, 64)", lambda: pow(2, 64))
attempt("sum", lambda: sum([MAX, 1]))
attempt("x += 1", lambda: [x + 1 for x in [MAX]])

# The VM goes on: loops that overflow partway stop with the exception.
n = 1
steps = 0
try:
    while True:
        n *= 10
        steps += 1
except OverflowError as e:
    print("stopped after", steps, "steps at", n, "-", e)
# Mixed with bools and int subclasses.
class Big(int):
    pass
print(Big(MAX) - True, MAX * False, True + Big(MAX - 1))
attempt("Big(MAX) + True", lambda: Big(MAX) + True)
print("done")
