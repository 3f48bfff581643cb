# memoryview: zero-copy slices that write through to a bytearray, tobytes, tolist, release.
buf = bytearray(b"hello world")
mv = memoryview(buf)
print(len(mv), mv[0], mv[-1], mv.readonly, mv.nbytes, mv.itemsize, mv.format)
part = mv[6:11]
part[0] = ord("W")
print(buf, bytes(part), part.tobytes(), part.tolist()[:2])
mv[0:5] = b"HELLO"
print(buf)
sub = mv[::2]
print(bytes(sub), len(sub))
print(mv[2:4] == b"LL", mv == buf, bytes(mv[:0]))
ro = memoryview(b"readonly")
print(ro.readonly, ro[4:].tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[100]
except IndexError as e:
    print(type(e).__name__, e)
def fill(view, byte):
    for i in range(len(view)):
        view[i] = byte
fill(mv[5:6], ord("_"))
print(buf)
with memoryview(bytearray(b"abc")) as m2:
    print(m2.tobytes())
try:
    m2[0]
except ValueError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"\x01\x02\x03")), bytes(memoryview(b"xyz")[1:]))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
mv.release()
print(mv.hex() if False else "released")
