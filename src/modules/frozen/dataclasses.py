# SPDX-License-Identifier: MIT
# dataclasses: @dataclass with defaults, field(), __init__/__repr__/__eq__, order, frozen,
# keyword-only fields (KW_ONLY, kw_only=), InitVar and ClassVar pseudo-fields.

__all__ = ["dataclass", "field", "fields", "asdict", "astuple", "replace", "FrozenInstanceError",
           "MISSING", "KW_ONLY", "InitVar", "is_dataclass"]


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class _KW_ONLY_TYPE:
    pass


# `_: KW_ONLY` in a class body: the fields after it are keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """`x: InitVar[int]`: an __init__ argument passed on to __post_init__, not a field."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare, hash, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only
        self._pseudo = False  # a ClassVar or InitVar: not in fields()

    def __repr__(self):
        return "Field(name=%r,type=%r,default=%r)" % (self.name, self.type, self.default)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare, hash, kw_only)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if not f._pseudo)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_classvar(typ):
    if isinstance(typ, str):
        return typ.startswith(("ClassVar", "typing.ClassVar"))
    typing = __import__("sys").modules.get("typing")
    if typing is None:
        return False
    return typ is typing.ClassVar or getattr(typ, "__origin__", None) is typing.ClassVar


def _collect(cls, kw_only):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    seen_kw_only = False
    for name, typ in annotations.items():
        if typ is KW_ONLY:
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            seen_kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, True, None, MISSING)
        f._pseudo = _is_classvar(typ) or isinstance(typ, InitVar)
        if f._pseudo and f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
        if f.kw_only is MISSING:
            f.kw_only = kw_only or seen_kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        f.name = name
        f.type = typ
        if _is_classvar(typ):
            continue
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    return all_fields


def _process(cls, init, repr_, eq, order, frozen, unsafe_hash, match_args, kw_only):
    flds = _collect(cls, kw_only)
    cls.__dataclass_fields__ = flds
    init_fields = [f for f in flds.values() if f.init]
    seen_default = False
    for f in init_fields:
        if f.kw_only:
            continue
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
        seen_default = seen_default or has_default

    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(cls, flds, init_fields, frozen)

    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name))
                for f in flds.values() if f.repr and not f._pseudo))
        cls.__repr__ = __repr__

    def _key(self):
        return tuple(getattr(self, f.name) for f in flds.values() if f.compare and not f._pseudo)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            setattr(cls, name, method)

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field %r" % name)

        def __delattr__(self, name):
            raise FrozenInstanceError("cannot delete field %r" % name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_key(self))
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    return cls


_HAS_FACTORY = _Missing()


def _make_init(cls, flds, init_fields, frozen):
    # Like CPython, generate the source of __init__ so argument errors read exactly as theirs.
    env = {"MISSING": MISSING, "_HAS_FACTORY": _HAS_FACTORY, "__object_setattr": object.__setattr__}
    params = ["self"]
    kw_params = []
    body = []
    init_vars = []
    for f in flds.values():
        default_name = "_dflt_" + f.name
        if f.init:
            if f.default is not MISSING:
                env[default_name] = f.default
                param = "%s=%s" % (f.name, default_name)
            elif f.default_factory is not MISSING:
                param = "%s=_HAS_FACTORY" % f.name
            else:
                param = f.name
            (kw_params if f.kw_only else params).append(param)
        if f._pseudo:
            init_vars.append(f.name)
            continue
        if f.default_factory is not MISSING:
            env["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[default_name] = f.default
            value = default_name
        else:
            continue
        if frozen:
            body.append("    __object_setattr(self, %r, %s)" % (f.name, value))
        else:
            body.append("    self.%s = %s" % (f.name, value))
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__(%s)" % ", ".join(init_vars))
    if not body:
        body.append("    pass")
    if kw_params:
        params.append("*")
        params.extend(kw_params)
    src = "def __init__(%s):\n%s\n" % (", ".join(params), "\n".join(body))
    exec(src, env)
    fn = env["__init__"]
    fn.__qualname__ = cls.__qualname__ + ".__init__"
    return fn


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj):
    if hasattr(type(obj), "__dataclass_fields__"):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[asdict(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if hasattr(type(obj), "__dataclass_fields__"):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[astuple(v) for v in obj])
    if isinstance(obj, dict):
        return {astuple(k): astuple(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v) for v in obj)
    return obj


def replace(obj, **changes):
    for f in fields(obj):
        if not f.init and f.name in changes:
            raise ValueError("field %s is declared with init=False, it cannot be specified with "
                             "replace()" % f.name)
    values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    values.update(changes)
    return type(obj)(**values)
