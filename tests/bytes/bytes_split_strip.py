# split, rsplit, splitlines, partition, strip family, join, replace
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b'xxabcxx'.strip(b'x'), b'\t\n\x0b\x0c\r a \r\n'.strip())
print(b.split(), b.split(b','), b.rsplit(None, 1), b.split(b'l', 2), b.rsplit(b'l', 2), b'a,b,,c'.split(b','))
print(b'  a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1), b''.split(), b''.split(b','), b'   '.split())
print(b'a,b,c'.split(b',', 0), b'a,b,c'.rsplit(b',', 1), b'a--b--c'.split(b'--'), b'a b'.split(maxsplit=0), b'x y z'.split(sep=None, maxsplit=1))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines(), b'\n\n'.splitlines(keepends=True))
print(b'abc'.partition(b'b'), b'abc'.partition(b'x'), b'abcb'.rpartition(b'b'), b'abc'.rpartition(b'x'))
print(b','.join([b'a', bytearray(b'b'), b'c']), b''.join([]), bytearray(b'-').join([b'x', b'y']), b'.'.join(iter([b'1', b'2'])))
print(b'a-b-c'.replace(b'-', b'+'), b'a-b-c'.replace(b'-', b'', 1), b'abc'.replace(b'', b'.'), b'abc'.replace(b'', b'.', 2))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'aa', b'b'), b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'), b'abc'.replace(b'b', b'B', -1))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))
ba = bytearray(b'a b c')
print(ba.split(), ba.rpartition(b' '), ba.strip(b'ac'), ba.replace(b' ', b''), type(ba.split()[0]).__name__)
for f in [lambda: b'a'.split('a'), lambda: b'a'.strip('a'), lambda: b'a'.split(b''), lambda: b'a'.partition(b''),
          lambda: b'a'.join([b'a', 'b']), lambda: b'a'.join(5), lambda: b'a'.replace('a', b'b'), lambda: b'a'.rsplit(b'', 1),
          lambda: b'a'.removeprefix('a'), lambda: b'a'.split(maxsplit='x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
