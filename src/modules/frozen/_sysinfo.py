# SPDX-License-Identifier: MIT
# The types of `sys.version_info`, `sys.float_info` (CPython's named struct sequences) and
# `sys.implementation` (a `types.SimpleNamespace`), which `import sys` builds from this frozen
# module. Builds without frozen modules keep a plain tuple and a module for them.


def _struct_seq(name, fields):
    def field(i):
        return property(lambda self: self[i])

    ns = {"__slots__": (), "__module__": "sys"}
    for i, f in enumerate(fields):
        ns[f] = field(i)

    def __repr__(self):
        return "sys.%s(%s)" % (name, ", ".join("%s=%r" % kv for kv in zip(fields, self)))
    ns["__repr__"] = __repr__
    ns["n_fields"] = ns["n_sequence_fields"] = len(fields)
    return type(name, (tuple,), ns)


version_info = _struct_seq("version_info", ("major", "minor", "micro", "releaselevel", "serial"))

_float_info = _struct_seq("float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp",
                                         "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                         "rounds"))


def float_info():
    # IEEE 754 binary64, as every target's float is.
    return _float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                        15, 53, 2.220446049250313e-16, 2, 1))


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
