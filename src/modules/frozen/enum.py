# SPDX-License-Identifier: MIT
# enum: Enum, IntEnum, StrEnum, Flag, IntFlag and auto, with CPython 3.11's reprs, lookups
# and errors.

__all__ = ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "EnumMeta", "EnumType", "auto",
           "unique"]

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
    def __new__(mcls, name, bases, ns, /, **kw):
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
        last_values = []
        for key, value in defs:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
            last_values.append(value)
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
        # As CPython: a data type mixed in before the enum base (class S(str, Enum)) must not
        # lend the members its repr, str and format; the enum's own are used unless this class
        # body defines them.
        if bases and isinstance(bases[-1], EnumMeta):
            for mname in ("__repr__", "__str__", "__format__"):
                if mname not in ns:
                    found = getattr(cls, mname)
                    if found in (getattr(base_type or object, mname), getattr(object, mname)):
                        type.__setattr__(cls, mname, getattr(bases[-1], mname))
        return cls

    def __call__(cls, value, *args, **kwargs):
        if args or kwargs or not cls._member_map_:
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        member = cls._missing_(value)
        if member is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return member

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
        return "<%s %r>" % ("flag" if getattr(cls, "_flag_", False) else "enum", cls.__name__)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

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


class StrEnum(str, Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def _bin(num, max_bits):
    # CPython's enum.bin(): sign digit, a space, then the bits padded to max_bits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Members combine with | & ^ ~; combinations are made (and cached) on demand."""

    _flag_ = True
    _keep_ = False  # IntFlag keeps unknown bits (boundary KEEP); Flag rejects them (STRICT)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _all_bits(cls):
        bits = 0
        for m in cls._member_map_.values():
            bits |= m._value_
        return bits

    @classmethod
    def _canonical(cls):
        # Single-bit members, in definition order (what iteration and composite names use).
        out = []
        for n in cls._member_names_:
            v = cls._member_map_[n]._value_
            if v and v & (v - 1) == 0:
                out.append(cls._member_map_[n])
        return out

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls._all_bits()
        if value < 0:
            # A negative value stands for its two's-complement bits within the members'.
            return cls(value & mask)
        if value & ~mask and not cls._keep_:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, width), _bin(mask, width)))
        names = [m._name_ for m in cls._canonical() if m._value_ & value]
        extra = value & ~mask
        if names and extra:
            names.append(str(extra))
        base = None
        for b in cls.__mro__[1:]:
            if b is not object and not isinstance(b, EnumMeta):
                base = b
                break
        member = base.__new__(cls, value) if base is not None else object.__new__(cls)
        member._name_ = "|".join(names) if names else None
        member._value_ = value
        cls._value2member_map_[value] = member
        return member

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._keep_ and isinstance(other, int) and not isinstance(other, Enum):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        mask = cls._all_bits()
        if cls._keep_:
            # IntFlag (boundary KEEP) inverts within every bit up to the highest flag's.
            mask = (1 << mask.bit_length()) - 1
        return cls(mask & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self)._canonical() if m._value_ & self._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, Flag):
    _keep_ = True

    # int comes first in the MRO; the flag operations must win (as CPython's IntFlag does).
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

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
