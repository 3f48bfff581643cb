A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128
NOFLAG = 0

_FLAG_NAMES = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = msg + ' at position ' + str(pos) + ' (line ' + str(self.lineno) + ', column ' + str(self.colno) + ')'
            else:
                msg = msg + ' at position ' + str(pos)
        Exception.__init__(self, msg)


PatternError = error


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & LOCALE and flags & ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')


class Pattern:
    def __init__(self, pattern, flags):
        _check_flags(pattern, flags)
        r = _compile(pattern, flags)
        if len(r) == 2:
            raise error(r[0], None if r[1] is None else pattern, r[1])
        self._code, self.groups, names, self.flags = r
        self.pattern = pattern
        self.groupindex = dict(names)

    def __repr__(self):
        names = []
        f = self.flags
        if isinstance(self.pattern, str):
            f &= ~UNICODE
        for name, bit in _FLAG_NAMES:
            if f & bit:
                names.append('re.' + name)
                f &= ~bit
        if f:
            names.append(hex(f))
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if names:
            return 're.compile(' + p + ', ' + '|'.join(names) + ')'
        return 're.compile(' + p + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _one(self, string, pos, endpos, mode):
        r = _exec(self._code, string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        return iter([Match(self, string, pos, endpos, r) for r in _all(self._code, string, pos, endpos, 0)])

    def findall(self, string, pos=0, endpos=None):
        out = []
        n = self.groups
        for r in _all(self._code, string, pos, endpos, 0):
            if n == 0:
                out.append(string[r[0]:r[1]])
            elif n == 1:
                out.append(_group_text(string, r, 1))
            else:
                out.append(tuple([_group_text(string, r, g) for g in range(1, n + 1)]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        if maxsplit < 0:
            return [string]
        for r in _all(self._code, string, 0, None, maxsplit):
            out.append(string[last:r[0]])
            for g in range(1, self.groups + 1):
                out.append(string[r[2 * g]:r[2 * g + 1]] if r[2 * g] >= 0 else None)
            last = r[1]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            return (string, 0)
        matches = _all(self._code, string, 0, None, count)
        if callable(repl):
            template = None
        else:
            template = _template(self, repl)
        empty = string[:0]
        pieces = []
        last = 0
        for r in matches:
            pieces.append(string[last:r[0]])
            if template is None:
                piece = repl(Match(self, string, 0, None, r))
            else:
                piece = _expand(template, string, r, empty)
            if piece:
                pieces.append(piece)
            last = r[1]
        pieces.append(string[last:])
        return (empty.join(pieces), len(matches))

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _group_text(string, r, g):
    a = r[2 * g]
    if a < 0:
        return string[:0]
    return string[a:r[2 * g + 1]]


class Match:
    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        n = len(string)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        self.pos = pos
        self.endpos = endpos
        self._r = regs
        li = regs[-1]
        self.lastindex = None if li < 0 else li
        self.lastgroup = None
        if li >= 0:
            for name, g in pattern.groupindex.items():
                if g == li:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = self._index(g)
        a = self._r[2 * i]
        if a < 0:
            return default
        return self.string[a:self._r[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._r[2 * i], self._r[2 * i + 1]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(_template(self.re, template), self.string, self._r, self.string[:0])

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(' + str(self._r[0]) + ', ' + str(self._r[1]) + '), match=' + repr(self._get(0)) + '>'

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_DIGITS = '0123456789'
_OCT = '01234567'
_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}


def _template(pattern, repl):
    # Port of CPython's re._parser.parse_template: a list of literal strings and group
    # numbers (ints).
    is_bytes = not isinstance(pattern.pattern, str)
    if is_bytes:
        if isinstance(repl, str):
            raise TypeError('sequence item 0: expected a bytes-like object, str found')
        try:
            src = bytes(repl).decode('latin-1')
        except TypeError:
            raise TypeError('expected str instance, ' + type(repl).__name__ + ' found')
    else:
        if not isinstance(repl, str):
            raise TypeError('sequence item 0: expected str instance, ' + type(repl).__name__ + ' found')
        src = repl
    if '\\' not in src:
        return [repl]
    out = []
    lit = []
    n = len(src)
    i = 0

    def fail(msg, at):
        raise error(msg, repl, at)

    def addgroup(index, at):
        if index > pattern.groups:
            fail('invalid group reference ' + str(index), at)
        if lit:
            out.append(''.join(lit))
            del lit[:]
        out.append(index)

    while i < n:
        c = src[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            fail('bad escape (end of pattern)', start)
        c = src[i + 1]
        i += 2
        if c == 'g':
            if i >= n or src[i] != '<':
                fail('missing <', i)
            i += 1
            j = src.find('>', i)
            if j < 0:
                if i >= n:
                    fail('missing group name', i)
                fail('missing >, unterminated name', i)
            name = src[i:j]
            if not name:
                fail('missing group name', i)
            i = j + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name ' + repr(name))
                index = pattern.groupindex[name]
            else:
                if not name.isdigit() or not name.isascii():
                    fail('bad character in group name ' + repr(name), i - len(name) - 1)
                index = int(name)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            v = c
            while len(v) < 3 and i < n and src[i] in _OCT:
                v += src[i]
                i += 1
            lit.append(chr(int(v, 8) & 0xff))
        elif c in _DIGITS:
            v = c
            octal = False
            if i < n and src[i] in _DIGITS:
                v += src[i]
                i += 1
                if c in _OCT and v[1] in _OCT and i < n and src[i] in _OCT:
                    v += src[i]
                    i += 1
                    octal = True
                    k = int(v, 8)
                    if k > 0o377:
                        fail('octal escape value \\' + v + ' outside of range 0-0o377', start)
                    lit.append(chr(k))
            if not octal:
                addgroup(int(v), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail('bad escape \\' + c, start)
        else:
            lit.append('\\' + c)
    if lit:
        out.append(''.join(lit))
    if is_bytes:
        out = [x if isinstance(x, int) else x.encode('latin-1') for x in out]
    return out


def _expand(template, string, r, empty):
    if len(template) == 1 and not isinstance(template[0], int):
        return template[0]
    parts = []
    for t in template:
        if isinstance(t, int):
            a = r[2 * t]
            if a >= 0:
                parts.append(string[a:r[2 * t + 1]])
        else:
            parts.append(t)
    return empty.join(parts)


_cache = {}
_MAXCACHE = 32


def _get(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if not isinstance(pattern, (bytearray, memoryview)):
            raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    try:
        p = _cache.get(key)
    except TypeError:
        p = None
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        try:
            _cache[key] = p
        except TypeError:
            pass
    return p


def compile(pattern, flags=0):
    return _get(pattern, flags)


def match(pattern, string, flags=0):
    return _get(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return _get(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return _get(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _get(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _get(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _get(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _get(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _get(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    s = bytes(pattern).decode('latin-1')
    return ''.join(['\\' + c if c in _SPECIAL else c for c in s]).encode('latin-1')


Pattern.__module__ = 're'
Match.__module__ = 're'
error.__module__ = 're'
