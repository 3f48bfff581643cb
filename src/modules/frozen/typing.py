# SPDX-License-Identifier: MIT
# typing: enough for annotated CPython code to import and run. Annotations are not checked.

TYPE_CHECKING = False


class _Alias:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __repr__(self):
        return "typing." + self._name


for _n in ("Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generator", "Iterable",
           "Iterator", "List", "Literal", "Mapping", "MutableMapping", "NoReturn", "Optional",
           "Sequence", "Set", "Tuple", "Type", "Union", "Awaitable", "Coroutine", "AsyncIterator",
           "AsyncIterable", "Deque", "DefaultDict", "Counter", "Hashable", "Sized", "Collection",
           "Container", "Reversible", "SupportsInt", "SupportsFloat", "Annotated", "Self",
           "ByteString", "Pattern", "Match", "IO", "TextIO", "BinaryIO"):
    globals()[_n] = _Alias(_n)


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Alias(name)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields])
