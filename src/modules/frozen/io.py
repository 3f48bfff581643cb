# SPDX-License-Identifier: MIT
# io: in-memory streams (StringIO, BytesIO), IOBase for user streams, and the file classes
# behind open() (FileIO, BufferedReader/Writer/Random, TextIOWrapper). The file classes check
# arguments and decode text; the bytes move in the native module _file (src/modules/file.rs),
# which buffers them for all layers of one file at once.

import _file

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    closed = False

    def __enter__(self):
        IOBase._check(self)
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def __iter__(self):
        IOBase._check(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def _check(self, msg="I/O operation on closed file."):
        if self.closed:
            raise ValueError(msg)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _fspath(file):
    if isinstance(file, str):
        return file
    if isinstance(file, bytes):
        return file.decode()
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is not None:
        return _fspath(fspath(file))
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)


def _size(n):
    if n is None:
        return -1
    if not isinstance(n, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(n).__name__)
    return n


# FileIO mode -> (platform open flags, its `mode` attribute); the flags are hal::open_flags.
_RAW_MODES = {
    "r": (0x01, "rb"),
    "w": (0x02 | 0x10 | 0x40, "wb"),
    "a": (0x02 | 0x10 | 0x20, "ab"),
    "x": (0x02 | 0x10 | 0x80, "xb"),
    "r+": (0x03, "rb+"),
    "w+": (0x03 | 0x10 | 0x40, "rb+"),
    "a+": (0x03 | 0x10 | 0x20, "ab+"),
    "x+": (0x03 | 0x10 | 0x80, "xb+"),
}


class FileIO(RawIOBase):
    _slot = -1

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not " + type(mode).__name__)
        key = "".join(c for c in "rwax+" if c in mode)
        if key not in _RAW_MODES or len(key) + mode.count("b") != len(mode):
            if all(c in "rwaxb+" for c in mode) and len(set(mode)) == len(mode):
                raise ValueError(
                    "Must have exactly one of create/read/write/append mode and at most one plus")
            raise ValueError("invalid mode: " + mode)
        flags, self.mode = _RAW_MODES[key]
        self.name = file
        self._readable = flags & 1 != 0
        self._writable = flags & 2 != 0
        path = _fspath(file)
        if "\0" in path:
            raise ValueError("embedded null byte")
        self._slot = _file.open(path, flags, self)
        if flags & 0x20:
            _file.seek(self._slot, 0, 2)

    def close(self):
        if not self.closed:
            self.closed = True
            _file.close(self._slot)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def fileno(self):
        self._check()
        return _file.fileno(self._slot)

    def _need(self, readable, op, msg):
        if not (self._readable if readable else self._writable):
            raise UnsupportedOperation(op)
        self._check(msg)

    def read(self, size=-1):
        self._need(True, "read", "read of closed file")
        return _file.read(self._slot, _size(size), -1)

    readall = read
    read1 = read

    def readline(self, size=-1):
        self._need(True, "read", "readline of closed file")
        return _file.readline(self._slot, _size(size), -1)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, buffer):
        self._need(True, "read", "readinto of closed file")
        return _file.readinto(self._slot, buffer)

    def write(self, data):
        if not self._writable:
            raise UnsupportedOperation("write")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._need(False, "write", "write to closed file")
        return _file.write(self._slot, data)

    def seek(self, pos, whence=0):
        self._check("seek of closed file")
        if whence not in (0, 1, 2):
            raise ValueError("whence value %s unsupported" % whence)
        return _file.seek(self._slot, pos, whence)

    def tell(self):
        self._check("I/O operation on closed file")
        return _file.tell(self._slot)

    def truncate(self, size=None):
        self._check("truncate of closed file")
        if not self._writable:
            raise UnsupportedOperation("truncate")
        return _file.truncate(self._slot, size)

    def flush(self):
        self._check("flush of closed file" if self._writable else "I/O operation on closed file.")
        _file.flush(self._slot)

    def __repr__(self):
        if self.closed:
            return "<_io.%s [closed]>" % type(self).__name__
        return "<_io.FileIO name=%r mode=%r closefd=True>" % (self.name, self.mode)


class _Buffered(BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        self.raw.close()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def read(self, size=-1):
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.raw.read(size)

    def readline(self, size=-1):
        return self.raw.readline(size)

    def __next__(self):
        line = self.raw.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, buffer):
        return self.raw.readinto(buffer)

    def write(self, data):
        return self.raw.write(data)

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, size=None):
        return self.raw.truncate(size)

    def flush(self):
        return self.raw.flush()

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


# newline argument -> the code _file reads with (-1 is binary).
_NEWLINES = {None: 0, "": 1, "\n": 2, "\r": 3, "\r\n": 4}


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: " + newline)
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        else:
            "".encode(encoding)
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self._raw = buffer.raw
        self._slot = buffer.raw._slot
        self._nl = _NEWLINES[newline]
        self._wnl = newline if newline in ("\r", "\r\n") else None

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    def close(self):
        self._raw.close()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def seekable(self):
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def _need(self, readable):
        if self._raw.closed:
            raise ValueError("I/O operation on closed file.")
        if readable and not self._raw._readable:
            raise UnsupportedOperation("not readable")
        if not readable and not self._raw._writable:
            raise UnsupportedOperation("not writable")

    def read(self, size=-1):
        self._need(True)
        data = _file.read(self._slot, _size(size), self._nl)
        return data.decode(self.encoding, self.errors)

    def readline(self, size=-1):
        if size is None or not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(size).__name__)
        self._need(True)
        return _file.readline(self._slot, size, self._nl).decode(self.encoding, self.errors)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._need(False)
        text = s
        if self._wnl is not None:
            text = text.replace("\n", self._wnl)
        _file.write(self._slot, text.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            _file.flush(self._slot)
        return len(s)

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%s, should be 0, 1 or 2)" % whence)
        if whence == 0 and cookie < 0:
            raise ValueError("negative seek position %s" % cookie)
        return _file.seek(self._slot, cookie, whence)

    def tell(self):
        self._check()
        return _file.tell(self._slot)

    def truncate(self, pos=None):
        self._check()
        if not self._raw._writable:
            raise UnsupportedOperation("truncate")
        return _file.truncate(self._slot, pos)

    def flush(self):
        self._check()
        _file.flush(self._slot)

    def __repr__(self):
        r = "<_io.TextIOWrapper name=%r" % (self.name,)
        mode = getattr(self, "mode", None)
        if mode is not None:
            r += " mode=%r" % mode
        return r + " encoding=%r>" % self.encoding


def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
          closefd=True, opener=None):
    if not isinstance(file, (str, bytes)) and not hasattr(type(file), "__fspath__"):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    for c in mode:
        if c not in "rwaxbt+" or mode.count(c) > 1:
            raise ValueError("invalid mode: %r" % mode)
    binary = "b" in mode
    if binary and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in mode for c in "rwax") > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not "
                        + type(newline).__name__)
    if not binary and newline not in _NEWLINES:
        raise ValueError("illegal newline value: " + newline)
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    raw = FileIO(file, mode.replace("t", "").replace("b", ""))
    if buffering == 0:
        return raw
    try:
        if "+" in mode:
            buf = BufferedRandom(raw)
        elif "r" in mode:
            buf = BufferedReader(raw)
        else:
            buf = BufferedWriter(raw)
        if binary:
            return buf
        text = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise


class _Memory(IOBase):
    _empty = ""

    def __init__(self, initial=None):
        self._buf = self._empty if initial is None else self._convert(initial)
        self._pos = 0

    def _convert(self, data):
        return data

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        nl = "\n" if isinstance(self._buf, str) else b"\n"
        end = self._buf.find(nl, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, data):
        self._check()
        data = self._convert(data)
        if self._pos > len(self._buf):
            self._buf += self._empty.__class__(self._pad(self._pos - len(self._buf)))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            raise ValueError("negative seek value %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size


class StringIO(_Memory):
    _empty = ""

    def _check(self, msg="I/O operation on closed file"):
        # CPython's StringIO words it without the full stop the other streams use.
        IOBase._check(self, msg)

    def _convert(self, data):
        if not isinstance(data, str):
            raise TypeError("string argument expected, got '%s'" % type(data).__name__)
        return data

    def _pad(self, n):
        return "\0" * n


class BytesIO(_Memory):
    _empty = b""

    def _convert(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(data)

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return memoryview(bytearray(self._buf))
