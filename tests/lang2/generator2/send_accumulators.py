# send() driven accumulators: running averages, a moving window, and a protocol parser fed byte by byte.
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        x = yield (n, total, lo, hi)
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
s = running_stats()
next(s)
for v in (5, 3, 9, 1):
    print(s.send(v))
def moving_average(k):
    window = []
    avg = None
    while True:
        x = yield avg
        window.append(x)
        if len(window) > k:
            window.pop(0)
        avg = sum(window) / len(window)
m = moving_average(3)
next(m)
print([m.send(x) for x in (3, 6, 9, 12, 15)])
def frame_parser():
    frames = []
    while True:
        b = yield frames
        frames = []
        if b != 0x7E:
            continue
        length = yield frames
        payload = bytearray()
        for _ in range(length):
            payload.append((yield frames))
        checksum = yield frames
        if sum(payload) % 256 == checksum:
            frames = [bytes(payload)]
        else:
            frames = ["bad checksum"]
p = frame_parser()
next(p)
stream = [0x00, 0x7E, 3, 65, 66, 67, 198, 0x7E, 2, 1, 2, 99, 0x11]
out = []
for byte in stream:
    out.extend(p.send(byte))
print(out)
