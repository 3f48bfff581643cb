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

    def _runtime_class(self):
        # isinstance(x, typing.List) and issubclass(C, typing.Iterable) check against the
        # builtin or collections.abc class, as CPython's aliases do.
        name = self._name
        cls = _ORIGINS.get(name)
        if cls is None:
            import collections.abc
            cls = getattr(collections.abc, {"AbstractSet": "Set"}.get(name, name), None)
        if cls is None:
            raise TypeError("typing.%s cannot be used with isinstance()" % name)
        return cls

    def __instancecheck__(self, obj):
        return isinstance(obj, self._runtime_class())

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._runtime_class())

    def __mro_entries__(self, bases):
        return (self._runtime_class(),)


for _n in ("Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generator", "Iterable",
           "Iterator", "List", "Literal", "Mapping", "MutableMapping", "NoReturn", "Optional",
           "Sequence", "Set", "Tuple", "Type", "Union", "Awaitable", "Coroutine", "AsyncIterator",
           "AsyncIterable", "Deque", "DefaultDict", "Counter", "Hashable", "Sized", "Collection",
           "Container", "Reversible", "SupportsInt", "SupportsFloat", "Annotated", "Self",
           "ByteString", "Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsIndex",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsRound", "Never",
           "TypeAlias", "Concatenate", "TypeGuard", "Unpack", "LiteralString", "Required",
           "NotRequired", "AsyncGenerator", "ContextManager", "AsyncContextManager", "KeysView",
           "ItemsView", "ValuesView", "MappingView", "MutableSequence", "MutableSet",
           "AbstractSet", "OrderedDict", "ChainMap"):
    globals()[_n] = _Alias(_n)

Text = str


class TypeVar:
    """`T = TypeVar('T')`: a type parameter (`~T`; `+T`/`-T` when covariant/contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.args = _Alias(name + ".args")
        self.kwargs = _Alias(name + ".kwargs")


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def get_overloads(func):
    return []


def clear_overloads():
    pass


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


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # String annotations (forward references, `from __future__ import annotations`) are
    # evaluated in the namespace the object was defined in, as CPython does.
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, "__dict__", {})
            loc = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, loc)
        return hints
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None)
        if g is None:
            mod = sys.modules.get(getattr(obj, "__module__", None))
            g = getattr(mod, "__dict__", {})
    return {name: _eval_hint(value, g, localns)
            for name, value in getattr(obj, "__annotations__", {}).items()}


class _UserGenericAlias:
    """`Box[int]` for a user `Generic` class: prints as CPython's and instantiates the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _UserGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return cls
        return _UserGenericAlias(cls, params)


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in base.__dict__:
            if not name.startswith("_abc_") and name not in _PROTO_SKIP:
                members.add(name)
        for name in base.__dict__.get("__annotations__", {}):
            members.add(name)
    return members


_PROTO_SKIP = frozenset(("__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                         "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                         "__weakref__", "__class_getitem__", "__qualname__", "_is_protocol",
                         "_is_runtime_protocol", "__parameters__", "__orig_bases__",
                         "__protocol_attrs__"))


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, m) for m in _protocol_members(cls))
        return type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(other, m) for m in _protocol_members(cls))
        return type.__subclasscheck__(cls, other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._is_protocol = any(b is Protocol or getattr(b, "__name__", "") == "Protocol"
                               for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r"
                        % cls)
    cls._is_runtime_protocol = True
    return cls


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, value in own.items():
            origin = getattr(value, "_alias", None)
            kind = getattr(origin, "_name", None) if origin is not None else None
            if kind == "Required" or (total and kind != "NotRequired"):
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return type.__new__(cls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


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
