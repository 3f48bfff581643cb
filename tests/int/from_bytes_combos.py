# int.from_bytes with every byte order and signedness, from bytes, bytearray and lists
samples = [b'', b'\x00', b'\x01', b'\x7f', b'\x80', b'\xff', b'\x00\x80', b'\x80\x00', b'\xff\xff',
           b'\x12\x34\x56', b'\xff' * 9, b'\x80' + b'\x00' * 15, b'\x01\x00\x00\x00\x00']
for s in samples:
    print(s.hex() or '-', int.from_bytes(s, 'big'), int.from_bytes(s, 'little'),
          int.from_bytes(s, 'big', signed=True), int.from_bytes(s, 'little', signed=True))
print(int.from_bytes(bytearray(b'\x01\x02')), int.from_bytes([1, 2, 3], 'little'), int.from_bytes((255,), signed=True))
print(int.from_bytes(bytes=b'\x10', byteorder='little'), bool.from_bytes(b'\x00\x01'), bool.from_bytes(b'\x00'))
print(type(bool.from_bytes(b'\x01')).__name__, type(int.from_bytes(b'\x01')).__name__)
for v in [0, 1, -1, 255, -255, 2**100 + 7, -(2**100)]:
    n = (v.bit_length() + 8) // 8
    for order in ['big', 'little']:
        b = v.to_bytes(n, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == v
    print(v, n, v.to_bytes(n, 'big', signed=True).hex())
for args in [('abc',), (b'\x01', 'mid'), (5,), ([256],), ([1, 'a'],), (b'\x01', 3)]:
    try:
        print(int.from_bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
