# SPDX-License-Identifier: MIT
# enum: Enum, IntEnum and auto, with CPython 3.11's reprs, lookups and errors.

__all__ = ["Enum", "IntEnum", "EnumMeta", "auto", "unique"]

_auto_counter = [0]


class auto:
    """A placeholder replaced by the next value (1, 2, 3... as CPython does)."""

    def __init__(self):
        _auto_counter[0] += 1
        self._order = _auto_counter[0]


def _is_member_def(name, value):
    if name.startswith("_"):
        return False
    if isinstance(value, (staticmethod, classmethod, property)):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    return True


class EnumMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        defs = [(k, v) for k, v in list(ns.items()) if _is_member_def(k, v)]
        for k, _ in defs:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if defs and any(getattr(b, "_member_names_", None) for b in bases):
            raise TypeError("%s: cannot extend %r" % (name, bases[0]))
        cls._member_map_ = {}
        cls._member_names_ = []
        cls._value2member_map_ = {}
        base_type = None
        for b in cls.__mro__[1:]:
            if b is not object and not isinstance(b, EnumMeta):
                base_type = b
                break
        last = 0
        for key, value in defs:
            if isinstance(value, auto):
                value = last + 1
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                if base_type is not None:
                    member = base_type.__new__(cls, value)
                else:
                    member = object.__new__(cls)
                member._name_ = key
                member._value_ = value
                cls._value2member_map_[value] = member
                cls._member_names_.append(key)
            cls._member_map_[key] = member
            type.__setattr__(cls, key, member)
        return cls

    def __call__(cls, value, *args, **kwargs):
        if args or kwargs or not cls._member_map_:
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__)) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)


class Enum(metaclass=EnumMeta):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce__(self):
        return (type(self), (self._value_,))


class IntEnum(int, Enum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __hash__(self):
        return int.__hash__(self)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias = ", ".join("%s -> %s" % d for d in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias))
    return enumeration
