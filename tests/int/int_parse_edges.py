for s in ['12', ' 12 ', '-0', '+7', '1_000', '0x1f', '1__0', '_1', '1_', '', ' ', '12a', '١٢', '0b101', '0o17', '00', '007', '0_0', '\t-5\n', '+-1', '- 1', '1.0', '1e3']:
    for base in [10, 0, 16]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, 'ValueError', e)
for s, b in [('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0b12', 0), ('0x', 16), ('0X1F', 16), ('0b1', 2), ('0o7', 8), ('0x1', 0), ('ff', 15)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, 'ValueError', e)
for args in [(1.5, 10), ('1', 1), ('1', 37), ('1', -1), (b'12',), (bytearray(b' 7 '),), (None,), ([1],), ('1', 'x')]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(int(b'0x10', 16), int('  1_2_3  '), int(True), int(-2.9), int(1e20), int(-0.0))
