ba = bytearray(b'ab')
for f in [lambda: b'a' + 'b', lambda: b'a' + [1], lambda: b'ab' * -1, lambda: bytearray(b'x') * 3,
          lambda: 3 * bytearray(b'xy'), lambda: b'a' + bytearray(b'b'), lambda: b'a' * 2.0, lambda: b'a' < 'a', lambda: b'a' == 'a',
          lambda: b'%s' * 2, lambda: -b'a', lambda: b'a' - b'a', lambda: b'ab' + memoryview if False else 0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b'q')
x += b'r'
x += bytearray(b's')
print(x)
try:
    x += [1]
except TypeError as e:
    print('TypeError', e)
try:
    x += 'str'
except TypeError as e:
    print('TypeError', e)
x *= 2
print(x, x * 0, x * -3)
