# SPDX-License-Identifier: MIT
# os.path: CPython's posixpath for the functions MicroPython's micropython-lib os.path has
# and more of posixpath (relpath, commonpath, expanduser, expandvars, getmtime...).
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


pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def normcase(s):
    return _str(s)


def splitdrive(p):
    p = _str(p)
    return p[:0], p


def islink(path):
    # The platform has no symbolic links to report (os.stat follows them on the host).
    _str(path)
    return False


def lexists(path):
    return exists(path)


def ismount(path):
    return abspath(path) in ("/", b"/")


def realpath(path, *, strict=False):
    return abspath(path)


def getmtime(path):
    import os
    return float(os.stat(path)[8])


def getatime(path):
    import os
    return float(os.stat(path)[7])


def getctime(path):
    import os
    return float(os.stat(path)[9])


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)


def expanduser(path):
    import os
    path = _str(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep_ = b"/" if isinstance(path, bytes) else "/"
    i = path.find(sep_, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.getenv("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep_)
    return (home + path[i:]) or sep_


def expandvars(path):
    import os
    path = _str(path)
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
        value = os.getenv(name) if name else None
        out.append(path[i:end] if value is None else value)
        i = end
    return "".join(out)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _str(path)
    sep_, cur, _ = _seps(path)
    pardir_ = b".." if isinstance(path, bytes) else ".."
    if start is None:
        start = cur
    start = _str(start)
    start_list = [x for x in abspath(start).split(sep_) if x]
    path_list = [x for x in abspath(path).split(sep_) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_str, paths))
    sep_, cur, _ = _seps(paths[0])
    try:
        split_paths = [p.split(sep_) for p in paths]
        isabs_ = {p[:1] == sep_ for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != cur] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep_ if isabs_.pop() else sep_[:0]
    return prefix + sep_.join(common)
