# array: the buffer protocol (bytes, bytearray, memoryview, join, struct, hashlib)
import array
import struct

a = array.array('h', [1, -2, 300])
print(bytes(a), bytearray(a), len(bytes(a)))
m = memoryview(a)
print(m.tobytes(), m.nbytes, bytes(m) == bytes(a))
print(b''.join([a, b'|', array.array('B', [65, 66])]))
print(struct.unpack_from('<3h', a), struct.unpack_from('<h', a, 2))
print(struct.unpack('<hhh', a))
f = array.array('d', [0.5, -1.25])
print(struct.unpack('<2d', bytes(f)))
i = array.array('I', [0xDEADBEEF])
print(i.tobytes().hex(), bytes(i) == struct.pack('<I', 0xDEADBEEF))
b = array.array('B', b'hello')
print(b, bytes(b).decode(), b.tobytes() == b'hello')
c = array.array('i')
c.frombytes(struct.pack('<3i', 7, 8, 9))
print(c, c.tolist())
c.frombytes(bytearray(4))
print(c)
import hashlib
print(hashlib.sha256(array.array('B', b'abc')).hexdigest()[:16])
