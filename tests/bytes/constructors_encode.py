for args in [(), (3,), (b'ab',), (bytearray(b'xy'),), ([1, 2, 255],), (range(65, 70),), ('abc', 'ascii'), ('é', 'utf-8'), ('é', 'latin-1'),
             ('é', 'ascii'), ('é€', 'latin-1'), ('aé', 'ascii', 'ignore'), ('aé', 'ascii', 'replace'), ('a€', 'latin-1', 'backslashreplace'),
             ('a€', 'ascii', 'xmlcharrefreplace'), ('abc',), (-1,), ([256],), (['a'],), (3.5,), (None,), ('x', 'nope'), (b'x', 'ascii')]:
    for t in (bytes, bytearray):
        try:
            print(t.__name__, args, t(*args))
        except Exception as e:
            print(t.__name__, args, type(e).__name__, e)
print(bytes(source=b'kw'), bytearray(b'abc') == b'abc', b'abc' < b'abd', b'ab' < bytearray(b'abc'), b'a' == 'a', b'\x00' * 3, 2 * b'ab', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(list(b'hi'), [x for x in bytearray(b'\x00\xff')], len(b'abc'), b'abc'[-1], b'abc'[::-1], b'abcdef'[1:5:2], bytearray(b'abc')[1:], hash(b'abc') == hash(b'abc'))
print(str(b'abc'), repr(bytearray(b"it's")), repr(b'"\''), repr(b'\t\n\r\\'), repr(b'\x7f\x80'), bytes(bytearray(b'q')), bytes([0x41]) == b'A')
