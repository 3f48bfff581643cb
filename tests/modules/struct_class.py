import struct
s = struct.Struct("<hI")
print(s.size, s.format)
p = s.pack(-3, 70000)
print(p, s.unpack(p))
buf = bytearray(8)
s.pack_into(buf, 2, 1, 2)
print(buf, s.unpack_from(buf, 2), s.unpack_from(bytes(buf), offset=2))
print(list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
b = struct.Struct(b">d")
print(b.size, b.unpack(b.pack(1.25)))
try:
    struct.Struct("<Z")
except struct.error as e:
    print("struct.error", e)
try:
    s.unpack(b"\x00")
except struct.error as e:
    print("struct.error", e)
