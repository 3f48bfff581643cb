# SPDX-License-Identifier: MIT
# typing: enough for annotated CPython code to import and run. Annotations are not checked.

TYPE_CHECKING = False


def _type_repr(obj):
    # How typing shows a parameter: builtins by name, other classes module-qualified.
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, type) and "[" not in repr(obj):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if isinstance(obj, (list, tuple)):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


# The builtin class behind each typing alias (`typing.List[int].__origin__ is list`).
_ORIGINS = {"List": list, "Dict": dict, "Set": set, "FrozenSet": frozenset, "Tuple": tuple,
            "Type": type}


class _GenericAlias:
    """`typing.List[int]`, `Optional[str]`...: remembers its origin and arguments."""

    def __init__(self, alias, args):
        self._alias = alias
        self.__origin__ = _ORIGINS.get(alias._name, alias)
        self.__args__ = args

    def __repr__(self):
        name, args = self._alias._name, self.__args__
        if name == "Union" and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        if name == "Callable" and args:
            head = args[:-1]
            params = "..." if head == (...,) else "[%s]" % ", ".join(_type_repr(a) for a in head)
            return "typing.Callable[%s, %s]" % (params, _type_repr(args[-1]))
        if name == "Tuple" and not args:
            return "typing.Tuple[()]"
        return "typing.%s[%s]" % (name, ", ".join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is not other.__origin__:
            return False
        if self._alias._name == "Union":
            return set(self.__args__) == set(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._alias._name, self.__args__))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union_args(params):
    args = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._alias._name == "Union":
            items = p.__args__
        else:
            items = (p,)
        for a in items:
            if a not in args:
                args.append(a)
    return tuple(args)


class _Alias:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
            return Union[params[0], None]
        if self._name == "Union":
            if not params:
                raise TypeError("Cannot take a Union of no types.")
            args = _union_args(params)
            return args[0] if len(args) == 1 else _GenericAlias(self, args)
        if self._name == "Callable" and len(params) == 2 and isinstance(params[0], list):
            params = tuple(params[0]) + (params[1],)
        if self._name == "Tuple" and params == ((),):
            params = ()
        return _GenericAlias(self, params)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

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


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


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
