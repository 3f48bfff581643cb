# SPDX-License-Identifier: MIT
# `types.GenericAlias` (`list[int]`, `dict[str, int]`: what builtin types return when
# subscripted), written in Python because it is rarely used. (`Class.__dict__` is the
# `types.MappingProxyType` of the frozen `types` module.)


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
