# sys.version_info is a named tuple and sys.implementation a namespace, as in CPython.
import sys

v = sys.version_info
print(v.major, v.minor, v[:2] == (v.major, v.minor), v >= (3, 8), v < (4,), len(v))
print(v.releaselevel, v.serial, type(v.micro).__name__, v[0] == v.major)
major, minor, *rest = v
print(major, minor, len(rest))
print(repr(v).startswith('sys.version_info(major=3, minor=11, micro='))
impl = sys.implementation
print(type(impl).__name__, type(impl.name).__name__, impl.name == impl.name.lower())
print(repr(impl).startswith('namespace(name=%r' % impl.name), hasattr(impl, 'cache_tag'))
print(isinstance(impl.version, tuple), len(impl.version) >= 3)
