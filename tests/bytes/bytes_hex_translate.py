# hex with separators, fromhex, maketrans and translate
print(b'\x00\xffab'.hex(), b'\x01\x02\x03\x04\x05'.hex(':', 2), b'\x01\x02\x03\x04\x05'.hex('-', -2), b''.hex(), b'ab'.hex(b'|'))
data = bytes(range(0, 256, 17))
for sep, n in [(':', 1), (' ', 3), ('_', -3), ('.', 100), ('-', 0)]:
    print(data.hex(sep, n))
print(bytearray(b'\xde\xad\xbe\xef').hex(), bytearray(b'\xde\xad').hex(sep='/'))
print(bytes.fromhex('00 ff AB 12'), bytearray.fromhex('6162'), bytes.fromhex(''), bytes.fromhex(' 61 \n 62\t'), type(bytearray.fromhex('')).__name__)
for x in [b'', b'\x00', b'hello', bytes(range(256))]:
    assert bytes.fromhex(x.hex()) == x
print('roundtrip ok')
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'a'), b'abc'.translate(None, delete=b'bc'))
print(bytearray(b'abc').translate(t), bytes.maketrans(b'', b'') == bytes(range(256)), bytearray.maketrans(b'a', b'b')[97])
for f in [lambda: bytes.fromhex('0g'), lambda: bytes.fromhex('1'), lambda: bytes.fromhex('1 2'), lambda: bytes.fromhex(b'00'),
          lambda: b'a'.hex('ab'), lambda: b'a'.hex(3), lambda: b'a'.translate(b'ab'), lambda: bytes.maketrans(b'a', b'bc'),
          lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('0xff')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
