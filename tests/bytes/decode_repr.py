# decode and repr of bytes with all kinds of bytes.
for b in [b"plain", b"it's", b'say "x"', b"both ' \"", b"\x00\x7f\x80\xff", b"\n\t\r", b"\\"]:
    print(repr(b), len(b))
print(bytes(range(0, 256, 17)))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode())
print(bytearray(b"x'y"), repr(bytearray(b"")))
print(str(b"abc"), b"abc".decode("ascii"))
