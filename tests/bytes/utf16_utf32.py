# UTF-16, UTF-32 and UTF-8-sig codecs: decoding with and without byte order marks, errors
for b, e in [(b'a\x00b', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'),
             (b'abc', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfea\x00', 'utf-16'),
             (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'), (b'\xef\xbb\xbfhi', 'utf-8-sig'), (b'hi', 'utf-8-sig'),
             (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'UTF-32'), (b'\x00h\x00i', 'UTF_16_BE'),
             (b'=\xd8\x00\xde', 'utf-16le'), (b'\xd8=\xde\x00', 'utf-16be'), (b'\x00\x01\xf6\x00', 'utf-32be')]:
    try:
        print(e, repr(b.decode(e)))
    except UnicodeDecodeError as x:
        print(e, 'UnicodeDecodeError', x)
for e in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'UTF16', 'u8']:
    enc = bytes('hé€😀', e)
    print(e, enc, enc.decode(e) == 'hé€😀')
print(b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'ignore'))
print(b'a\x00\x00\xdcb\x00'.decode('utf-16-le', 'backslashreplace'), b'\x00\x00\x11\x00z\x00\x00\x00'.decode('utf-32-le', 'replace'))
