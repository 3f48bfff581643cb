# SPDX-License-Identifier: MIT
# PEP 604 unions: `int | None` builds a UnionType (used in annotations and isinstance).


def _name(t):
    if t is type(None):
        return "None"
    if not isinstance(t, type):
        return repr(t)
    module = getattr(t, "__module__", "builtins")
    if module == "builtins":
        return t.__qualname__
    return module + "." + t.__qualname__


def _make(a, b):
    args = []
    for x in (a, b):
        items = x.__args__ if isinstance(x, UnionType) else ((type(None) if x is None else x),)
        for i in items:
            if i not in args:
                args.append(i)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


class UnionType:
    def __init__(self, args):
        self.__args__ = args

    def __or__(self, other):
        return _make(self, other)

    def __ror__(self, other):
        return _make(other, self)

    def __repr__(self):
        return " | ".join(_name(a) for a in self.__args__)

    def __eq__(self, other):
        return isinstance(other, UnionType) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))
