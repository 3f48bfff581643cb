# float.is_integer, as_integer_ratio, hex, fromhex, conjugate
vals = [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 3.14159, 1e300, -1e-300, 5e-324, 2.0**52 + 0.5, 2.0**53, 1.7976931348623157e308]
for x in vals:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate())
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x.8', '1', 'a', '0X1P-1074', '0x1p-1075', '0x3p-1076',
          ' 0x10 ', 'inf', '-Infinity', 'nan', '0x1.0000000000000fp0', '0x1.00000000000008p0', '0x1.00000000000018p0']:
    print(s, float.fromhex(s))
for s in ['', 'x', '0x', '0x1p', '1.2.3', '0x1p99999', '0x1q']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [float('inf'), float('-inf'), float('nan')]:
    print(x.is_integer(), x.hex())
    try:
        print(x.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.hex(2.5), float.is_integer(3.0), (1.0).__float__(), (2.5).__pos__(), (2.5).__neg__(), (-2.5).__abs__())
try:
    float.hex(3)
except TypeError as e:
    print('TypeError', e)
try:
    float.fromhex(5)
except TypeError as e:
    print('TypeError', e)
