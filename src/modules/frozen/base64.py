# SPDX-License-Identifier: MIT
# base64: Base64 (standard and URL-safe), Base32 and Base16 encodings over binascii, with
# CPython's argument rules and errors.

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _input_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % s.__class__.__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(_input_bytes(s), newline=False)
    if altchars is not None:
        altchars = _input_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    if validate:
        body = s.rstrip(b"=")
        for c in body:
            if not (65 <= c <= 90 or 97 <= c <= 122 or 48 <= c <= 57 or c in b"+/"):
                raise binascii.Error("Only base64 data is allowed")
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    s = _input_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        out += bytes(_B32[(n >> (35 - 5 * j)) & 31] for j in range(8))
        pad = {1: 6, 2: 4, 3: 3, 4: 1}.get(len(chunk), 0)
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        n = 0
        chunk = stripped[i:i + 8]
        for c in chunk:
            v = _B32.find(bytes([c]))
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            n = n << 5 | v
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, "big")
    if padchars:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(_input_bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _input_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_input_bytes(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
