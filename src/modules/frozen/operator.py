# SPDX-License-Identifier: MIT
# operator: Python's operators as functions, and itemgetter, attrgetter, methodcaller (CPython
# 3.11's Lib/operator.py).

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
           "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat",
           "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv",
           "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
           "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller",
           "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub",
           "truediv", "truth", "xor"]

_abs = abs


def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b
def abs(a, /): return _abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b
def inv(a, /): return ~a
invert = inv
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def index(a, /):
    if isinstance(a, int):
        return a
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def _check_sequence(a):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    _check_sequence(a)
    return a + b


def contains(a, b, /): return b in a


def countOf(a, b, /):
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b, /): del a[b]
def getitem(a, b, /): return a[b]
def setitem(a, b, c, /): a[b] = c


def indexOf(a, b, /):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


_MAXSIZE = __import__("sys").maxsize


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    if not -_MAXSIZE - 1 <= default <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


class attrgetter:
    """attrgetter('a', 'b.c'): a callable fetching the named (dotted) attributes."""

    __slots__ = ("_attrs", "_call")

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = names
        paths = tuple(tuple(name.split(".")) for name in names)

        def resolve(obj, path):
            for name in path:
                obj = getattr(obj, name)
            return obj
        if len(paths) == 1:
            path = paths[0]
            self._call = lambda obj: resolve(obj, path)
        else:
            self._call = lambda obj: tuple(resolve(obj, p) for p in paths)

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return "operator.attrgetter(" + ", ".join(map(repr, self._attrs)) + ")"

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """itemgetter(1, 'k'): a callable fetching the given items."""

    __slots__ = ("_items", "_call")

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items
        if len(items) == 1:
            item = items[0]
            self._call = lambda obj: obj[item]
        else:
            self._call = lambda obj: tuple(obj[i] for i in items)

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return "operator.itemgetter(" + ", ".join(map(repr, self._items)) + ")"

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller('name', *args, **kwargs): a callable calling obj.name(*args, **kwargs)."""

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return "operator.methodcaller(" + ", ".join(args) + ")"


# The dunder aliases (operator.__add__ is operator.add).
for _name in __all__:
    if _name not in ("attrgetter", "itemgetter", "methodcaller", "countOf", "indexOf",
                     "is_", "is_not", "length_hint", "truth"):
        globals()["__" + _name.strip("_") + "__"] = globals()[_name]
del _name
