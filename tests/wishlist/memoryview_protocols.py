# wishlist: memoryview.cast() is missing (views are unsigned bytes only; see docs/differences.md).
# memoryview over bytes and bytearray: equality, iteration, hashing read-only views, cast, nested slices.
data = bytearray(range(10))
mv = memoryview(data)
s1 = mv[2:8]
s2 = s1[1:4]
print(bytes(s2), s2.tolist(), len(s2))
s2[0] = 99
print(data[3], list(data))
print(s1 == bytes(s1), s1 == bytearray(s1), mv[0:3] == [0, 1, 2], mv[:2] == mv[:2])
ro = memoryview(b"abc")
print(hash(ro) == hash(b"abc"))
try:
    hash(mv)
except ValueError as e:
    print(type(e).__name__, e)
print([b for b in memoryview(b"xy")], list(reversed(memoryview(b"xyz"))))
print(bytes(mv[::-1])[:3], bytes(mv[-3:]), mv[-1])
c = memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H")
print(c.format, c.itemsize, len(c), c.tolist())
print(memoryview(b"abc").obj == b"abc", memoryview(data).obj is data)
def checksum(view):
    return sum(view) % 256
print(checksum(mv[0:5]), checksum(memoryview(b"\xff\x01")))
big = bytearray(1000)
window = memoryview(big)[100:200]
window[:] = b"z" * 100
print(big.count(b"z"), big.index(b"z"))
try:
    window[:] = b"short"
except ValueError as e:
    print(type(e).__name__, e)
print(b"".join([mv[0:2], b"-", mv[8:]]))
print(bytearray(mv[1:3]), bytes(memoryview(bytes(3))))
