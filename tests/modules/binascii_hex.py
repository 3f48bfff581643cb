import binascii
print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x01\xab\xff"), binascii.hexlify(bytearray(b"hi")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.hexlify(b"abc", " ", 1))
print(binascii.unhexlify(b"00ff7F"), binascii.unhexlify("48656c6c6f"), binascii.unhexlify(""))
print(binascii.b2a_hex(b"xyz"), binascii.a2b_hex("78797a"))
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
print(issubclass(binascii.Error, ValueError))
for bad in ["abc", "zz", b"0g", "12 4"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.hexlify("text")
except TypeError as e:
    print("TypeError", e)
try:
    binascii.unhexlify("é1")
except ValueError as e:
    print("ValueError", e)
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0xffffffff), binascii.crc32(bytearray(100)))
