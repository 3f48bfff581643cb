# SPDX-License-Identifier: MIT
# json: dumps/loads/dump/load with CPython's options and messages (a compact implementation).

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    # Where CPython defines it (what a traceback names).
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        elif ensure_ascii and ord(ch) > 126:
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_repr(x, allow_nan):
    if x != x:
        text = "NaN"
    elif x == float("inf"):
        text = "Infinity"
    elif x == -float("inf"):
        text = "-Infinity"
    else:
        return repr(x)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.default = default
        self.sort_keys = sort_keys
        self.markers = set()

    def key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if isinstance(k, int):
            return str(int(k))
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.container(o, level, out, "[", "]", self.list_items)
        elif isinstance(o, dict):
            self.container(o, level, out, "{", "}", self.dict_items)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
            self.check(o)
            self.encode(self.default(o), level, out)
            self.markers.discard(id(o))

    def check(self, o):
        if id(o) in self.markers:
            raise ValueError("Circular reference detected")
        self.markers.add(id(o))

    def container(self, o, level, out, open_, close, items):
        if not o:
            out.append(open_ + close)
            return
        self.check(o)
        out.append(open_)
        if self.indent is not None:
            inner = "\n" + self.indent * (level + 1)
            sep = self.item_sep + inner
            out.append(inner)
        else:
            sep = self.item_sep
        first = True
        for piece in items(o, level + 1):
            if piece is None:
                continue
            if not first:
                out.append(sep)
            first = False
            piece(out)
        if self.indent is not None:
            out.append("\n" + self.indent * level)
        out.append(close)
        self.markers.discard(id(o))

    def list_items(self, o, level):
        for v in o:
            yield lambda out, v=v: self.encode(v, level, out)

    def dict_items(self, o, level):
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        for k, v in items:
            key = self.key(k)
            if key is None:
                yield None
                continue

            def piece(out, key=key, v=v):
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_sep)
                self.encode(v, level, out)
            yield piece


class JSONEncoder:
    """The encoder `dumps` uses; subclasses override `default` (`dumps(obj, cls=...)`)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        enc = _Encoder(self.skipkeys, self.ensure_ascii, self.allow_nan, self.indent,
                       (self.item_separator, self.key_separator), self.default, self.sort_keys)
        out = []
        enc.encode(o, 0, out)
        return "".join(out)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        enc = _Encoder(skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys)
        out = []
        enc.encode(obj, 0, out)
        return "".join(out)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER_CHARS = "0123456789+-.eE"


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook,
                 parse_constant=None):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or float
        self.object_pairs_hook = object_pairs_hook

    def ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        i = self.ws(i)
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        if s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        if ch == "-" or "0" <= ch <= "9":
            return self.number(i)
        raise JSONDecodeError("Expecting value", s, i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j >= len(s) or not ("0" <= s[j] <= "9"):
            raise JSONDecodeError("Expecting value", s, i)
        if s[j] == "0":
            j += 1
        else:
            while j < len(s) and "0" <= s[j] <= "9":
                j += 1
        is_float = False
        if j < len(s) and s[j] == "." and j + 1 < len(s) and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 1
            while j < len(s) and "0" <= s[j] <= "9":
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and "0" <= s[k] <= "9":
                is_float = True
                j = k
                while j < len(s) and "0" <= s[j] <= "9":
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        chunks = []
        start = i
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and s[j] >= " ":
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch < " ":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            esc = s[j + 1]
            if esc == "u":
                code = self.hex4(j + 2)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
                    low = self.hex4(i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                chunks.append(chr(code))
            else:
                rep = _UNESCAPE.get(esc)
                if rep is None:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(rep)
                i = j + 2

    def hex4(self, i):
        text = self.s[i:i + 4]
        if len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text):
            return int(text, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            i = self.ws(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self.value(i + 1)
            pairs.append((key, value))
            i = self.ws(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = self.ws(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.ws(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1


class JSONDecoder:
    """The decoder `loads` uses (`loads(s, cls=...)`); `raw_decode` parses a prefix."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def raw_decode(self, s, idx=0):
        dec = _Decoder(s, self.object_hook, self.parse_float, self.parse_int,
                       self.object_pairs_hook, self.parse_constant)
        if idx < len(s) and s[idx] in _WS:
            raise JSONDecodeError("Expecting value", s, idx)
        return dec.value(idx)

    def decode(self, s):
        dec = _Decoder(s, self.object_hook, self.parse_float, self.parse_int,
                       self.object_pairs_hook, self.parse_constant)
        value, end = dec.value(0)
        end = dec.ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if cls is None and not kw:
        dec = _Decoder(s, object_hook, parse_float, parse_int, object_pairs_hook, parse_constant)
        value, end = dec.value(0)
        end = dec.ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value
    if cls is None:
        cls = JSONDecoder
    # As CPython: only the hooks given are passed on, so a subclass can set its own.
    for name, hook in (("object_hook", object_hook), ("parse_float", parse_float),
                       ("parse_int", parse_int), ("parse_constant", parse_constant),
                       ("object_pairs_hook", object_pairs_hook)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
