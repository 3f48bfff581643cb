# SPDX-License-Identifier: MIT
# fractions: Fraction, exact rational numbers with CPython's constructor forms (ints, floats,
# strings such as '3/4', '-1.25e2', other Fractions), normalisation, mixed arithmetic with int
# and float, comparisons, hashing equal to equal ints and floats, and limit_denominator.

import math as _math

__all__ = ["Fraction"]

_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159


def _parse(s):
    # [sign] digits [/ digits] | [sign] digits [. digits] [e [sign] digits], spaces around,
    # underscores between digits.
    t = s.strip()
    if not t:
        return None
    sign = 1
    if t[0] in "+-":
        if t[0] == "-":
            sign = -1
        t = t[1:]

    def digits(x):
        if not x or x[0] == "_" or x[-1] == "_" or "__" in x:
            return None
        y = x.replace("_", "")
        return int(y) if y.isdigit() and y.isascii() else None

    if "/" in t:
        num, _, den = t.partition("/")
        n, d = digits(num), digits(den)
        if n is None or d is None:
            return None
        return sign * n, d
    exp = 0
    lower = t.lower()
    if "e" in lower:
        i = lower.index("e")
        t, e = t[:i], t[i + 1:]
        esign = 1
        if e[:1] in ("+", "-"):
            esign = -1 if e[0] == "-" else 1
            e = e[1:]
        ev = digits(e)
        if ev is None:
            return None
        exp = esign * ev
    intpart, dot, frac = t.partition(".")
    if not intpart and not frac:
        return None
    n = digits(intpart) if intpart else 0
    f = digits(frac) if frac else 0
    if n is None or f is None:
        return None
    num = n * 10 ** len(frac) + f if frac else n
    den = 10 ** len(frac) if frac else 1
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, (float, int)):
                if isinstance(numerator, float) and not _math.isfinite(numerator):
                    raise (ValueError if numerator != numerator else OverflowError)(
                        "cannot convert %s to integer ratio" %
                        ("NaN" if numerator != numerator else "Infinity"))
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
            elif hasattr(numerator, "as_integer_ratio"):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator, denominator = (
                Fraction(numerator)._numerator * Fraction(denominator)._denominator,
                Fraction(denominator)._numerator * Fraction(numerator)._denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operator_fallbacks(monomorphic, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return monomorphic(Fraction(a), b)
            if isinstance(a, float):
                return fallback(a, float(b))
            if isinstance(a, complex):
                return fallback(a, complex(float(b)))
            return NotImplemented
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _operator_fallbacks(_add, lambda x, y: x + y)
    __sub__, __rsub__ = _operator_fallbacks(_sub, lambda x, y: x - y)
    __mul__, __rmul__ = _operator_fallbacks(_mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, lambda x, y: x // y)
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)
    __mod__, __rmod__ = _operator_fallbacks(_mod, lambda x, y: x % y)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and Fraction(b)._denominator == 1:
            power = Fraction(b)._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (int, Fraction)):
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
