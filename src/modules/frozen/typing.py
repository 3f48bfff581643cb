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


_NT_RESERVED = frozenset(("__module__", "__qualname__", "__annotations__", "__doc__",
                          "__orig_bases__", "__init__", "__new__", "__slots__", "__getnewargs__",
                          "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source"))


class NamedTupleMeta(type):
    """`class P(NamedTuple)`: the class body's annotations become the fields (PEP 560 routes
    the base `NamedTuple` here through `__mro_entries__`)."""

    def __new__(cls, typename, bases, ns):
        from collections import namedtuple
        types = ns.get("__annotations__", {})
        defaults = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "",
                                   ", ".join(n for n in types if n in ns)))
        nt = namedtuple(typename, list(types), defaults=defaults,
                        module=ns.get("__module__", "__main__"))
        nt.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                if key in ("__init__", "__new__", "_fields", "_make", "_replace", "_asdict"):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in types:
                setattr(nt, key, value)
        return nt


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
