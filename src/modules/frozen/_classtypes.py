# SPDX-License-Identifier: MIT
# Helper types of the class machinery, written in Python because they are rarely used:
# `mappingproxy` (the read-only view `Class.__dict__` returns) and `types.GenericAlias`
# (`list[int]`, `dict[str, int]`: what builtin types return when subscripted).


class mappingproxy:
    __slots__ = ("_m",)

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            + type(mapping).__name__)
        object.__setattr__(self, "_m", mapping)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __str__(self):
        return str(self._m)

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __reversed__(self):
        return reversed(list(self._m))

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __eq__(self, other):
        return self._m == other

    def __or__(self, other):
        return dict(self._m) | other

    def __ror__(self, other):
        return other | dict(self._m)

    def __repr__(self):
        return "mappingproxy(" + repr(self._m) + ")"

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)


mappingproxy.__module__ = "builtins"


def _repr_item(p):
    if p is ...:
        return "..."
    if hasattr(p, "__origin__") and hasattr(p, "__args__"):
        return repr(p)
    if isinstance(p, type):
        if p.__module__ == "builtins":
            return p.__qualname__
        return p.__module__ + "." + p.__qualname__
    return repr(p)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)

    @property
    def __parameters__(self):
        return ()

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError("'types.GenericAlias' object has no attribute '%s'" % name)
        return getattr(self.__origin__, name)

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % self)

    def __repr__(self):
        if not self.__args__:
            return _repr_item(self.__origin__) + "[()]"
        return "%s[%s]" % (_repr_item(self.__origin__),
                           ", ".join(_repr_item(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        from _union import _make
        return _make(self, other)

    def __ror__(self, other):
        from _union import _make
        return _make(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


GenericAlias.__module__ = "types"
