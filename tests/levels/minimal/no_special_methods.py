# The minimal level does not expose the operator dunders of the builtin types as attributes
# (MicroPython's types have none: MICROPY_PY_ALL_SPECIAL_METHODS is off below EXTRA_FEATURES):
# int.__add__, (1).__lt__, list.__mul__, super().__add__ in a subclass... are AttributeErrors.
# The operators work, on builtin values and on subclass instances (overriding or not), and the
# protocol dunders (__eq__, __hash__, __repr__, __len__, __getitem__, __contains__, __iter__,
# __init__, __new__) remain.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except AttributeError as e:
        print(label, "->", "AttributeError:", e)


attempt("int.__add__", lambda: int.__add__(1, 2))
attempt("(5).__radd__", lambda: (5).__radd__(1))
attempt("(1).__lt__", lambda: (1).__lt__(2))
attempt("(7).__neg__", lambda: (7).__neg__())
attempt("(7).__abs__", lambda: (-7).__abs__())
attempt("(7).__pow__", lambda: (7).__pow__(2))
attempt("(7).__divmod__", lambda: (7).__divmod__(2))
attempt("True.__and__", lambda: True.__and__(False))
attempt("[1].__add__", lambda: [1].__add__([2]))
attempt("[1].__iadd__", lambda: [1].__iadd__([2]))
attempt("'a'.__mul__", lambda: "a".__mul__(3))
attempt("(1,).__lt__", lambda: (1,).__lt__((2,)))
attempt("{}.__or__", lambda: {}.__or__({}))
print(hasattr(int, "__add__"), hasattr(list, "__add__"), hasattr(object, "__lt__"))

# What remains.
attempt("(3).__eq__", lambda: ((3).__eq__(3), (3).__ne__(4), (3).__eq__("x")))
attempt("(3).__hash__", lambda: (3).__hash__() == hash(3))
attempt("int.__repr__", lambda: (int.__repr__(12), (12).__str__(), True.__repr__()))
attempt("__index__", lambda: ((6).__index__(), (6).__int__(), (6).__bool__()))
attempt("[1, 2].__len__", lambda: ([1, 2].__len__(), [1, 2].__getitem__(0), [1].__contains__(1)))
attempt("{}.__setitem__", lambda: {}.__setitem__("k", 1))
attempt("object.__eq__", lambda: (object.__eq__(1, 1), object().__hash__() is not None))
print(1 + 2, 7 - 10, 3 * 4, 7 // 2, -7 % 3, 2**10, 6 & 3, 6 | 1, 6 ^ 3, 1 << 4, -8 >> 1)
print(-(5), +(5), ~5, abs(-5), divmod(17, 5), 1 < 2, [1] + [2], "ab" * 2, (1,) < (2,))


class MyInt(int):
    pass


class Plus(int):
    def __add__(self, other):
        return "Plus.__add__({}, {})".format(int(self), other)

    def __radd__(self, other):
        return "Plus.__radd__"

    def __lt__(self, other):
        return "Plus.__lt__"


class Super(int):
    def __add__(self, other):
        try:
            return super().__add__(other)
        except AttributeError as e:
            return "AttributeError: " + str(e)


m = MyInt(5)
print(m + 1, 1 + m, m * 2, m - 10, m // 2, m % 3, -m, abs(MyInt(-2)), m < 6, m == 5, hash(m) == 5)
print(type(m + 1).__name__, m, repr(m), str(m), int(m), [10, 20, 30, 40, 50, 60][m])
p = Plus(3)
print(p + 4, 4 + p, p < 1, p > 1, p - 1, p * 2)
print(Super(2) + 3)


class L(list):
    def __init__(self, *items):
        super().__init__(items)

    def __getitem__(self, i):
        return ("got", super().__getitem__(i))


class LAdd(list):
    def __add__(self, other):
        return "LAdd"

    def __iadd__(self, other):
        self.append(other)
        return self


x = L(1, 2, 3)
print(x[0], len(x), x + [4], [0] + x, x * 2, 2 in x, x == [1, 2, 3], x < [1, 2, 4], list(x))
y = LAdd([1])
y += 2
print(y + [1], y, [1] + y)
z = L(5)
z += [6]
print(type(z).__name__, z.__len__(), list(z))


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __contains__(self, k):
        return super().__contains__(k.lower())


d = D()
d["a"] = 5
print(d, "A" in d, d == {"a": 10}, d | {"b": 1}, len(d))


class S(str):
    def __repr__(self):
        return "S(" + super().__repr__() + ")"


s = S("hi")
print(repr(s), s + "!", s * 2, "x" + s, s < "z", s == "hi", s.upper())


class T(tuple):
    pass


t = T((1, 2))
print(t + (3,), t * 2, t < (1, 3), t == (1, 2), hash(t) == hash((1, 2)))


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return object.__eq__(self, other)

    def __hash__(self):
        return object.__hash__(self) & 0

    def __repr__(self):
        return "P(" + object.__repr__(self)[:10] + ")"


q = P(1)
print(q == q, q == P(1), hash(q), repr(q), object.__new__(P).__class__.__name__)
