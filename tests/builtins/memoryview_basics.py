# memoryview: zero-copy slices of bytes and bytearray, writes through to a bytearray.
data = bytearray(b"hello world")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[0:5]), mv[6:].tobytes())
part = mv[6:11]
part[0] = ord("W")
print(data)
mv[0:5] = b"HELLO"
print(data, mv.tolist()[:3], mv.hex()[:6])
print(mv[::2].tobytes(), mv[::-1].tobytes(), mv[1:8:3].tolist())
ro = memoryview(b"abc")
print(ro.readonly, mv.readonly, ro.nbytes, ro.itemsize, ro.format)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
print(ro == b"abc", mv[6:] == b"World", list(memoryview(b"xy")), bytearray(mv[:5]))
with memoryview(b"zz") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError", e)
