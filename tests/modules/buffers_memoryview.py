import struct
import binascii
import hashlib
buf = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
mv = memoryview(buf)
print(struct.unpack("<II", mv), struct.unpack_from("<H", mv, 2), struct.unpack("<H", mv[6:]))
print(list(struct.iter_unpack("<h", mv[:4])), struct.unpack_from("<B", mv[2:], 3))
print(binascii.hexlify(mv), binascii.hexlify(mv[1:3]), binascii.b2a_base64(mv[:3]), binascii.crc32(mv))
print(binascii.a2b_base64(memoryview(b"AQID")), binascii.unhexlify(memoryview(b"ff00")))
h = hashlib.sha256(mv)
print(h.hexdigest() == hashlib.sha256(bytes(buf)).hexdigest())
h = hashlib.md5()
h.update(mv[4:])
print(h.hexdigest() == hashlib.md5(b"\x05\x06\x07\x08").hexdigest())
