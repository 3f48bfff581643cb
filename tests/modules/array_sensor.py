# A realistic use: fixed-size sample buffers for a sensor, packed for a radio link
import array
import struct

RING = 8
samples = array.array('h', [0] * RING)
head = 0
count = 0

def push(value):
    global head, count
    samples[head] = value
    head = (head + 1) % RING
    if count < RING:
        count += 1

def ordered():
    if count < RING:
        return samples[:count]
    return samples[head:] + samples[:head]

readings = [120, 135, -40, 2000, 2010, 1999, -32768, 32767, 5, 6, 7]
for r in readings:
    push(r)
    print(r, ordered().tolist())

window = ordered()
mean = sum(window) / len(window)
print('mean', mean, 'min', min(window), 'max', max(window))

scaled = array.array('f', (v / 100 for v in window))
print([round(x, 2) for x in scaled])

frame = struct.pack('<BH', 0xA5, len(window)) + bytes(window)
print(len(frame), frame[:5].hex())
kind, n = struct.unpack_from('<BH', frame)
back = array.array('h')
back.frombytes(frame[3:3 + 2 * n])
print(hex(kind), n, back == window)

try:
    push(40000)
except OverflowError as e:
    print('rejected:', e)

deltas = array.array('i', [b - a for a, b in zip(window, window[1:])])
print(deltas, deltas.index(max(deltas)))
