# find, rfind, index, rindex, count, startswith, endswith with ints, slices and tuples
b = b'  Hello, World  '
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.find(b'o', 8), b.find(b'o', 2, 6), b.find(b'zz'))
print(b.index(b'W'), b.rindex(b'l'), b.find(b'', 3), b.find(b'', 16), b.find(b'', 17), b.find(b'l', -5), b.rfind(b'l', 0, -6))
print(b.count(b'l'), b.count(b'l', 5), b.count(108), b'aaaa'.count(b'aa'), b'abc'.count(b''), b'abc'.count(b'', 4), b'abc'.count(b'', 2, 1))
print(b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.startswith(b'Hello', 2), b.endswith(b'World', 0, -2), b.startswith(()))
print(b'abc'.startswith(b'', 2, 1), b'abc'.endswith(b'', 2, 1), b'abc'.startswith(b'', 3), b'abc'.startswith(b'', 4))
print(b'abc'.find(b'c', None, None), b'abc'.find(b'b', -100, 100), b'abcabc'.rfind(b'abc'), b'abcabc'.rindex(b'c', 0, 4))
ba = bytearray(b'mississippi')
print(ba.find(b'ss'), ba.rfind(b'ss'), ba.count(b's'), ba.count(b'issi'), ba.index(112), ba.startswith(bytearray(b'mis')))
print(b'ss' in ba, 115 in ba, b'' in ba, b'sss' in ba, 0 in b'\x00')
for f in [lambda: b'a'.find('a'), lambda: b'a'.index(b'b'), lambda: b'a'.rindex(b'b'), lambda: b'a'.count(300),
          lambda: b'a'.startswith('a'), lambda: b'a'.endswith(['a']), lambda: b'a'.startswith((b'a', 'b')),
          lambda: b'a'.find(b'a', 'x'), lambda: 'a' in b'abc', lambda: 256 in b'abc', lambda: b'a'.find()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
