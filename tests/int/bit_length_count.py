# bit_length and bit_count on small, negative and big ints, and bools
for v in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, -256, 2**30 - 1, 2**30, 2**31, -2**31, 2**62, 2**63, 2**64 - 1, 10**30, -10**30]:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print(True.bit_length(), False.bit_length(), True.bit_count())
print((2**1000).bit_length(), (2**1000 - 1).bit_count(), (-(2**1000)).bit_count())
print(int.bit_length(12), int.bit_count(-12))
n = 1
for i in range(70):
    if n.bit_length() != i + 1:
        print('mismatch', i)
    n <<= 1
print('shifts ok', n.bit_length())
for bad in ['x', 1.5, None]:
    try:
        print(int.bit_length(bad))
    except TypeError as e:
        print('TypeError', e)
print((10).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
print((3).conjugate(), True.conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
