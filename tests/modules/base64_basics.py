# base64: standard, URL-safe, Base32 and Base16 round trips, altchars, validation, errors.
import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xfb\xff\xfe']:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20])
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(b'Zm9v\nYmFy'), base64.standard_b64decode(b'YQ=='))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.urlsafe_b64decode('-_8='), base64.b16decode('666F6F'), base64.b16decode(b'666f6f', casefold=True))
print(base64.b32decode('MZXW6===', casefold=False), base64.b32decode(b'mzxw6===', casefold=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for f, arg in [(base64.b64decode, 'Zm9v!'), (base64.b16decode, 'zz'), (base64.b32decode, 'MZXW6')]:
    try:
        f(arg)
        print('ok', arg)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    base64.b64decode('Zm9v!', validate=True)
except binascii.Error as e:
    print('validate', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print(e)
try:
    base64.b64decode('é')
except ValueError as e:
    print(e)
