# case conversion, predicates, padding, zfill, expandtabs
b = b'  Hello, World 123 '
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'hELLO wORLD'.capitalize(), b"they're 1st".title())
tests = [b'', b'abc', b'ABC', b'Abc', b'abc123', b'123', b' \t\n', b'Hello World', b'hello World', b'HeLLo', b'A1 B2', b'\x80a', b'_']
for t in tests:
    print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6), b'abc'.center(2), b'a'.center(4, b'-'), b'ab'.center(5, b'.'))
print(b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'abc'.ljust(-1), b'abc'.rjust(5, bytearray(b'0')))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+'.zfill(3), b'abc'.zfill(2), b''.zfill(3), b'-'.zfill(1), b'+-1'.zfill(5))
print(b'a\tbc\td'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'x\n\ty'.expandtabs(2), b'\t'.expandtabs(0), b'a\r\tb'.expandtabs(tabsize=3), b'\t'.expandtabs(-1))
ba = bytearray(b'MiXeD')
print(ba.upper(), ba.lower(), ba.center(9, b'~'), ba.zfill(7), ba.isalpha(), ba.istitle())
for f in [lambda: b'a'.center(5, 'x'), lambda: b'a'.center(5, b'xy'), lambda: b'a'.ljust('5'), lambda: b'a'.zfill(),
          lambda: b'a'.upper(1), lambda: b'a'.isdigit(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
