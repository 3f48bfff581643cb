# MicroPython's asyncio streams over a user stream class: reads wait (through select.poll and
# the class's ioctl) until data arrives from another task; writes buffer until drain().
import asyncio
import select
class Loopback:
    def __init__(self, room=4):
        self.buf = bytearray()
        self.sent = bytearray()
        self.room = room
        self.closed = False
        self.eof = False
    def ioctl(self, req, arg):
        ready = 0
        if self.buf or self.eof:
            ready |= select.POLLIN
        if self.room:
            ready |= select.POLLOUT
        return ready & arg
    def read(self, n=-1):
        if not self.buf:
            return b"" if self.eof else None
        if n < 0:
            n = len(self.buf)
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out
    def readline(self):
        i = self.buf.find(b"\n")
        n = len(self.buf) if i < 0 else i + 1
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out
    def write(self, b):
        n = min(len(b), self.room)
        self.sent += b[:n]
        self.room -= n
        return n
    def close(self):
        self.closed = True
log = []
async def feeder(s, chunks):
    for c in chunks:
        await asyncio.sleep_ms(2)
        log.append("feed " + repr(c))
        s.buf += c
    await asyncio.sleep_ms(2)
    s.eof = True
async def drainer(s):
    for _ in range(3):
        await asyncio.sleep_ms(2)
        log.append("room")
        s.room += 4
async def main():
    s = Loopback()
    r = asyncio.StreamReader(s)
    feed = asyncio.create_task(feeder(s, [b"hel", b"lo\nwor", b"ld\n", b"12345", b"tail"]))
    print(await r.readline())
    print(await r.readline())
    print(await r.readexactly(3), await r.read(2))
    print(await r.read())
    try:
        await r.readexactly(1)
    except EOFError:
        print("EOFError")
    await feed
    w = asyncio.StreamWriter(s, {"peer": "loop"})
    w.write(b"abcdefghij")
    print(bytes(s.sent), w.get_extra_info("peer"))
    d = asyncio.create_task(drainer(s))
    await w.drain()
    print(bytes(s.sent))
    await d
    w.close()
    await w.wait_closed()
    print(s.closed, log)
asyncio.run(main())
