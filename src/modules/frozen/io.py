# SPDX-License-Identifier: MIT
# io: in-memory streams (StringIO, BytesIO) and IOBase for user streams.


class IOBase:
    closed = False

    def __enter__(self):
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
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self):
        return list(self)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")


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
