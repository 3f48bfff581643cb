# SPDX-License-Identifier: MIT
# traceback: extracting, formatting and printing tracebacks, with CPython 3.11's functions and
# text (source lines read from the file when it can be read; no `^^^` position markers, since
# code objects keep no column positions here).

import sys
import _stdlib

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_list",
           "print_tb", "walk_tb", "walk_stack", "extract_stack", "format_stack",
           "print_stack", "FrameSummary", "StackSummary", "TracebackException"]

_sentinel = object()
_RECURSIVE_CUTOFF = 3
_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# The lines of the last file read, so that a traceback through one file reads it once.
_last_file = [None, ()]


def _getline(filename, lineno):
    if _last_file[0] != filename:
        src = _stdlib.read_source(filename)
        _last_file[0] = filename
        _last_file[1] = src.split("\n") if src is not None else ()
    lines = _last_file[1]
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(list(frame_gen), limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
               f'in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f"    {frame_summary.line}\n")
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f"    {name} = {value}\n")
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f"  [Previous line repeated {count} more "
                                  f"time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f"  [Previous line repeated {count} more "
                          f"time{'s' if count > 1 else ''}]\n")
        return result


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def extract_tb(tb, limit=None):
    entries = _limited(_stdlib.tb_entries(tb), limit)
    return StackSummary(FrameSummary(f, n, name) for f, n, name in entries)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f"<{what} {func.__name__}() failed>"


def _type_name(etype):
    stype = getattr(etype, "__qualname__", None) or getattr(etype, "__name__", "?")
    smod = getattr(etype, "__module__", None)
    if smod not in ("__main__", "builtins", None):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    return stype


def _format_syntax_error(value, stype):
    lines = []
    filename = getattr(value, "filename", None)
    lineno = getattr(value, "lineno", None)
    suffix = ""
    if lineno is not None:
        lines.append(f'  File "{filename or "<string>"}", line {lineno}\n')
    elif filename is not None:
        suffix = f" ({filename})"
    text = getattr(value, "text", None)
    offset = getattr(value, "offset", None)
    if text is not None:
        rtext = text.rstrip("\n")
        ltext = rtext.lstrip(" \n\f")
        spaces = len(rtext) - len(ltext)
        lines.append(f"    {ltext}\n")
        if offset is not None:
            end_offset = getattr(value, "end_offset", None)
            if end_offset in (None, 0):
                end_offset = offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                lines.append(f"    {caretspace}{'^' * (end_colno - colno)}\n")
    msg = getattr(value, "msg", None) or "<no detail available>"
    lines.append(f"{stype}: {msg}{suffix}\n")
    return lines


def _exception_only(etype, value):
    text = _safe_string(value, "exception")
    if etype is None:
        return [f"{text}\n" if text else "None\n"]
    stype = _type_name(etype)
    if isinstance(etype, type) and issubclass(etype, SyntaxError) and \
            isinstance(value, SyntaxError):
        lines = _format_syntax_error(value, stype)
    elif not text:
        lines = [f"{stype}\n"]
    else:
        lines = [f"{stype}: {text}\n"]
    notes = getattr(value, "__notes__", None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            lines.append(_safe_string(notes, "__notes__", repr) + "\n")
        else:
            for note in notes:
                note = _safe_string(note, "note")
                lines.extend(line + "\n" for line in note.split("\n"))
    return lines


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def _format_one(value, tb, limit):
    lines = []
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(format_tb(tb, limit))
    lines.extend(_exception_only(type(value), value))
    return lines


def _format(value, tb, limit, chain):
    # The chain from the newest exception back, each with the message that follows it.
    items = [(value, tb, None)]
    if chain and value is not None:
        seen = {id(value)}
        cur = value
        while True:
            cause = getattr(cur, "__cause__", None)
            context = getattr(cur, "__context__", None)
            if cause is not None:
                cur, msg = cause, _cause_message
            elif context is not None and not getattr(cur, "__suppress_context__", False):
                cur, msg = context, _context_message
            else:
                break
            if id(cur) in seen:
                break
            seen.add(id(cur))
            items.append((cur, cur.__traceback__, msg))
    lines = []
    for exc, exc_tb, msg in reversed(items):
        lines.extend(_format_one(exc, exc_tb, limit))
        if msg is not None:
            lines.append(msg)
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _format(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _exception_only(type(value), value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _format(value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception ready for formatting: its type, text, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback is not None \
            else StackSummary()
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        if isinstance(exc_type, type) and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, "filename", None)
            self.lineno = getattr(exc_value, "lineno", None)
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.msg = getattr(exc_value, "msg", None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        yield from _format(self._value, self._tb, self._limit, chain)
