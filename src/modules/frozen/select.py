# SPDX-License-Identifier: MIT
# select: MicroPython's poll() over streams (and CPython's select() built on it). A stream says
# whether it is ready through MicroPython's stream protocol, `obj.ioctl(MP_STREAM_POLL, mask)`
# returning the ready subset of the mask: user stream classes define it, `sys.stdin` asks the
# platform. Regular files (objects with fileno(), and integer descriptors) are always ready,
# as POSIX says. A poll with a timeout checks, then sleeps a millisecond slice through the
# platform (Ctrl-C interrupts it) and checks again, as MicroPython's ports do.
import time as _time

POLLIN = 0x0001
POLLPRI = 0x0002
POLLOUT = 0x0004
POLLERR = 0x0008
POLLHUP = 0x0010
POLLNVAL = 0x0020

_MP_STREAM_POLL = 3
error = OSError


def _ready(obj, mask):
    ioctl = getattr(obj, "ioctl", None)
    if ioctl is not None:
        r = ioctl(_MP_STREAM_POLL, mask)
        if not isinstance(r, int):
            raise TypeError("ioctl must return an int")
        if r < 0:
            raise OSError(-r, _errname(-r))
        return r & (mask | POLLERR | POLLHUP)
    if isinstance(obj, int) or hasattr(obj, "fileno"):
        return mask & (POLLIN | POLLOUT)
    raise TypeError("object with stream.ioctl required")


def _check(obj):
    if not (hasattr(obj, "ioctl") or isinstance(obj, int) or hasattr(obj, "fileno")):
        raise TypeError("object with stream.ioctl required")


def _errname(n):
    # MicroPython names the error by its symbol ([Errno 5] EIO).
    try:
        import errno
        return errno.errorcode.get(n, "")
    except ImportError:
        return ""


class _Poll:
    def __init__(self):
        self._objs = []
        self._masks = []

    def _index(self, obj):
        for i, o in enumerate(self._objs):
            if o is obj or (isinstance(o, int) and o == obj):
                return i
        return -1

    def register(self, obj, eventmask=POLLIN | POLLPRI | POLLOUT):
        _check(obj)
        i = self._index(obj)
        if i < 0:
            self._objs.append(obj)
            self._masks.append(eventmask)
        else:
            self._masks[i] = eventmask

    def unregister(self, obj):
        i = self._index(obj)
        if i < 0:
            raise KeyError(obj)
        del self._objs[i]
        del self._masks[i]

    def modify(self, obj, eventmask):
        i = self._index(obj)
        if i < 0:
            raise OSError(2, "No such file or directory")
        self._masks[i] = eventmask

    def _scan(self):
        out = []
        for obj, mask in zip(self._objs, self._masks):
            r = _ready(obj, mask)
            if r:
                out.append((obj, r))
        return out

    def poll(self, timeout=-1):
        if timeout is None:
            timeout = -1
        timeout = int(timeout)
        start = _time.ticks_ms()
        while True:
            out = self._scan()
            if out or timeout == 0:
                return out
            if timeout > 0 and _time.ticks_diff(_time.ticks_ms(), start) >= timeout:
                return out
            _time.sleep_ms(1)

    def ipoll(self, timeout=-1, flags=0):
        out = self.poll(timeout)
        if flags & 1:
            # One-shot: a reported object is disabled until modify() re-arms it.
            for obj, _ in out:
                self._masks[self._index(obj)] = 0
        return iter(out)


def poll():
    return _Poll()


def select(rlist, wlist, xlist, timeout=None):
    p = _Poll()
    for o in rlist:
        p.register(o, POLLIN)
    for o in wlist:
        i = p._index(o)
        if i < 0:
            p.register(o, POLLOUT)
        else:
            p._masks[i] |= POLLOUT
    for o in xlist:
        i = p._index(o)
        if i < 0:
            p.register(o, POLLPRI)
        else:
            p._masks[i] |= POLLPRI
    ms = -1 if timeout is None else int(timeout * 1000)
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    ready = p.poll(ms)
    r = [o for o, ev in ready if ev & (POLLIN | POLLHUP | POLLERR) and o in rlist]
    w = [o for o, ev in ready if ev & (POLLOUT | POLLERR) and o in wlist]
    x = [o for o, ev in ready if ev & POLLPRI and o in xlist]
    return r, w, x
