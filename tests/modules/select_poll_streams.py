# MicroPython's select.poll over user stream classes: readiness comes from their
# ioctl(MP_STREAM_POLL, mask); poll returns (object, events) pairs.
import select
import uselect
MP_STREAM_POLL = 3
class Pipe:
    def __init__(self, name):
        self.name = name
        self.data = b""
        self.hup = False
        self.calls = 0
    def ioctl(self, req, arg):
        self.calls += 1
        if req != MP_STREAM_POLL:
            return -22
        ready = select.POLLOUT
        if self.data:
            ready |= select.POLLIN
        if self.hup:
            ready |= select.POLLHUP
        return ready & arg | (ready & select.POLLHUP)
    def __repr__(self):
        return "Pipe(" + self.name + ")"
a, b = Pipe("a"), Pipe("b")
p = uselect.poll()
p.register(a, select.POLLIN)
p.register(b)
print(p.poll(0))
a.data = b"x"
print(p.poll(0))
p.modify(b, select.POLLIN)
print(p.poll(0))
print(p.poll(5))
b.hup = True
print(p.poll(0))
p.unregister(b)
print(list(p.ipoll(0)))
print(list(p.ipoll(0, 1)), p.poll(0))
p.modify(a, select.POLLIN)
print(p.poll(0))
class Bad:
    def ioctl(self, req, arg):
        return -5
try:
    select.poll().register(object())
except TypeError as e:
    print("TypeError", e)
q = select.poll()
q.register(Bad(), select.POLLIN)
try:
    q.poll(0)
except OSError as e:
    print("OSError", e.errno, e)
import sys
q = select.poll()
q.register(sys.stdin, select.POLLIN)
print(type(q.poll(0)).__name__)
