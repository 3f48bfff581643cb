# SPDX-License-Identifier: MIT
# os.path: CPython's posixpath for the functions MicroPython's micropython-lib os.path has
# (join, split, basename, dirname, splitext, exists, isdir, isfile, abspath, normpath...).
# Built by the os module at import (src/modules/os.rs); it imports os inside functions only.

sep = "/"
curdir = "."
pardir = ".."
extsep = "."


def _str(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is not None:
        return fspath(p)
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def _seps(p):
    return (b"/", b".", b"") if isinstance(p, bytes) else ("/", ".", "")


def isabs(s):
    s = _str(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _str(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _str(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _str(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def basename(p):
    p = _str(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p)
    slash, dot, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, empty


def normpath(path):
    path = _str(path)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    initial = 1 if path.startswith(slash) else 0
    if initial and path.startswith(slash * 2) and not path.startswith(slash * 3):
        initial = 2
    comps = path.split(slash)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = slash * initial + slash.join(new_comps)
    return path or dot


def abspath(path):
    import os
    path = _str(path)
    if not isabs(path):
        cwd = os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def _mode(path):
    import os
    try:
        return os.stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isdir(path):
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o100000


def getsize(path):
    import os
    return os.stat(path)[6]


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
