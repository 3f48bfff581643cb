# 64-bit ints through the builtins: hashes equal CPython's (the value modulo 2**61 - 1), so
# dicts and sets behave the same; range, sum, pow, round and comparisons work up to the ends
# of the range and overflow cleanly past them. (Three-argument pow is not in this level:
# no_pow3.py.)
MAX = 9223372036854775807
MIN = -9223372036854775808


def attempt(name, f):
    try:
        print(name, repr(f()))
    except OverflowError as e:
        print(name, "OverflowError:", e)


P = 2 ** 61 - 1
for v in (MAX, MIN, P, P + 1, -P, -P - 1, 2 ** 62, -1, -2, 4294967296):
    print(v, hash(v), hash(v) == hash(v % P if v >= 0 else v % -P))
d = {MAX: "max", MIN: "min", P: "p", 0: "zero", 1: "one"}
print(d[MAX], d[MIN], d[2 ** 61 - 1], d.get(MIN + 1), sorted(d), len(dict.fromkeys([P, 0, P * 2 - P])))
s = dict.fromkeys([MAX, MIN, MAX - 1, MIN + 1, 1, 2])
print(sorted(s), MAX in s, MIN + 2 in s, max(s), min(s))

r = range(MIN, MAX, 2 ** 62)
print(list(r), r[-1], r.index(0), 0 in r, 1 in r, r.count(2 ** 62))
print(list(range(MAX - 2, MAX)), list(range(MIN, MIN + 3)), list(range(MAX, MAX - 3, -1)))
print(len(range(0, MAX, 2 ** 61)), range(MIN, 0)[5], range(0, MAX)[-1], list(range(MIN, MAX, MAX)))
attempt("len(range(MIN, MAX))", lambda: len(range(MIN, MAX)))
attempt("range(MIN, MAX)[MAX]", lambda: range(MIN, MAX)[MAX])
print(sum([MAX, MIN, 1]), sum(range(10 ** 6, 10 ** 6 + 4)), sum([2 ** 62, 2 ** 62 - 1]))
attempt("sum([MAX, 1])", lambda: sum([MAX, 1]))

print(pow(MIN, 1), pow(-7, 5), pow(2, 62) + (pow(2, 62) - 1), pow(-2, 63), pow(0, 0))
attempt("pow(2, 63)", lambda: pow(2, 63))
print(round(MAX, -18), round(MIN, 0), round(123456789, -3), round(MIN, -18), round(-150, -2))
attempt("round(MAX, -1)", lambda: round(MAX, -1))
attempt("round(MIN, -5)", lambda: round(MIN, -5))
print(divmod(MAX, 10), divmod(MIN, 10), divmod(MIN, -10), divmod(-7, MAX), MIN % MAX)
print(MAX > MIN, MAX == MAX, MIN < -MAX, sorted([MAX, 0, MIN, -1, 1]), abs(MIN + 1))
print(max(MAX, MIN), min([MIN, MAX]), bool(MIN), int(MAX), int(True), MAX.__index__())
print([1, 2, 3][MIN // MIN], "ab" * 0 * MAX, +MAX, MIN.__index__(), MAX.__int__())
print(divmod(MAX, 1), (MAX).__floor__(), MIN.__round__())
attempt("abs(MIN)", lambda: abs(MIN))
attempt("-MIN", lambda: -MIN)
attempt("MAX + 1", lambda: MAX + 1)
attempt("MAX ** 2", lambda: MAX ** 2)
attempt("2 ** 64", lambda: 2 ** 64)
attempt("MAX << 1", lambda: MAX << 1)
try:
    [0][MAX]
except IndexError as e:
    print("IndexError:", e)
try:
    "x" * MAX
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
