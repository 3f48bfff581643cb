# SPDX-License-Identifier: MIT
# string: the character-class constants, capwords and Template ($-substitution), as CPython's
# Lib/string.py. Template scans its text by hand (no `re`), so `idpattern` and `pattern`
# overrides in subclasses are not supported; `delimiter` overrides are.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string with $-substitutions: `$name`, `${name}`, and `$$` for a dollar sign."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (literal text, kind, name, position) pieces: kind is None at the end, "name"
        # for a placeholder, "escaped" for a doubled delimiter, "invalid" otherwise. The
        # position is the delimiter's, or (for "invalid", as CPython reports it) just after it.
        t, d = self.template, self.delimiter
        i, start, n = 0, 0, len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                yield t[start:], None, None, n
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield t[start:j], "escaped", None, j
                i = start = k + len(d)
                continue
            if k < n and t[k] == "{":
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                if e > k + 1 and t[k + 1] in _ID_START and e < n and t[e] == "}":
                    yield t[start:j], "name", t[k + 1:e], j
                    i = start = e + 1
                    continue
            elif k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                yield t[start:j], "name", t[k:e], j
                i = start = e
                continue
            yield t[start:j], "invalid", None, k
            i = start = k

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        out = []
        for text, kind, name, pos in self._scan():
            out.append(text)
            if kind == "name":
                out.append("%s" % (m[name],))
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(pos)
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        out = []
        t = self.template
        for text, kind, name, pos in self._scan():
            out.append(text)
            if kind == "name":
                try:
                    out.append("%s" % (m[name],))
                except KeyError:
                    end = pos + len(self.delimiter) + len(name)
                    if t.startswith("{", pos + len(self.delimiter)):
                        end += 2
                    out.append(t[pos:end])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        return all(kind != "invalid" for _, kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, kind, name, pos in self._scan():
            if kind == "name" and name not in ids:
                ids.append(name)
            elif kind == "invalid":
                raise ValueError("Unrecognized named group in pattern")
        return ids
