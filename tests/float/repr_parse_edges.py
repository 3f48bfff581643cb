# float repr/str edge cases and float() parsing
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 9007199254740993.0, 0.1 + 0.2, 100.0, 1e22, 1e23, -0.0, 4.35, 2.675, 1.0000000000000002, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v, v.hex())
for s in ['1e500', '-1e500', '1e-500', 'inf', '-iNF', 'Infinity', 'nan', '-nan', '  3.5  ', '1_000.5', '.5', '5.', '1e+3', '0x10', '1__0', '', ' ', '1e', 'e1', '++1', '1.5j', '١.٥']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(float('0.1') == 0.1, float(' -0 '), float(10**20), float(2**53 + 1), float(-(2**63)), float(True), float(b'1.5') if False else 1.5)
for big in [2**1023 * 2 - 2**970, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024]:
    try:
        print(float(big))
    except OverflowError as e:
        print('OverflowError', e)
print(float(2**1024 - 2**970 - 1), float(2**54 + 1), float(2**54 + 3), float(-(2**54) - 3), float(10**30), 10**30 / 1, 2**-1074, 2**-1075)
for v in [b'1.5', bytearray(b' -2e3 '), b'inf', b'x', b'\xff', '  1.5\n', '1.5\x00']:
    try:
        print(repr(v), float(v))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
