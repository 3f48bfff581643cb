# SPDX-License-Identifier: MIT
# The types of `sys.version_info` (CPython's named struct sequence) and `sys.implementation`
# (a `types.SimpleNamespace`), which `import sys` builds from this frozen module. Builds without
# frozen modules keep a plain tuple and a module for them.


class version_info(tuple):
    __slots__ = ()
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


class SimpleNamespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        return "namespace(%s)" % ", ".join("%s=%r" % kv for kv in self.__dict__.items())

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"
version_info.__module__ = "sys"
