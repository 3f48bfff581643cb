# bytes.decode: utf-8, ascii, latin-1, error handlers and error messages
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xe2\x82\xac'.decode('utf8'))
print(b'ab\xffc'.decode('utf-8', 'replace'), b'ab\xffc'.decode('utf-8', 'ignore'), b'ab\xffc'.decode(errors='backslashreplace'))
print(b'\xe9t\xe9'.decode('ascii', 'replace'), b'\xe9t\xe9'.decode('ascii', errors='ignore'), b'\xe9'.decode('ISO-8859-1'), b'\xe9'.decode('Latin1'))
print(bytearray(b'\xf0\x9f\x98\x80').decode() == '\U0001F600', len(b'\xf0\x9f\x98\x80'.decode()), b''.decode())
print(b'a\xc3(b'.decode('utf-8', 'replace'), b'\xe2\x82'.decode('utf-8', 'replace'), b'\xed\xa0\x80x'.decode('utf-8', 'replace'))
print(b'\xf0\x9f\x98'.decode('utf-8', 'replace'), b'\xc0\xaf'.decode('utf-8', 'replace'), b'\xf5\x80'.decode('utf-8', 'replace'))
for bad in [b'\xff', b'a\xc3(', b'\xe2\x82', b'\xc3', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xc0\xaf', b'ok\xe2\x28\xa1']:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
for enc, errs in [('foo', 'strict'), ('ascii', 'strict'), ('utf-8', 'bogus')]:
    try:
        print(b'a\xe9'.decode(enc, errs))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b'a'.decode(5)
except TypeError as e:
    print('TypeError', e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc'), b'x'.decode(encoding='ascii'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'\xff\xfeh\x00i\x00', 'utf-16'), str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', errors='ignore'), str(bytearray(b'xy'), encoding='ascii'))
for args in [(b'\xff', 'utf-8'), (b'a', 'nope'), ('abc', 'utf-8'), (b'a', 5), (b'\xe9', 'ascii', 'strict')]:
    try:
        print(str(*args))
    except Exception as e:
        print(type(e).__name__, e)
