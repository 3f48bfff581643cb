# Luhn, ISBN-10, Adler-32 and CRC-32 checksums written by hand.
def luhn(number):
    digits = [int(c) for c in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
print([luhn(n) for n in (79927398713, 79927398710, 4111111111111111, 1234567812345678)])
def isbn10(s):
    s = s.replace("-", "")
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0
print(isbn10("0-306-40615-2"), isbn10("0-306-40615-3"), isbn10("0-8044-2957-X"))
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(hex(adler32(b"Wikipedia")), adler32(b""))
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
print(hex(crc32(b"The quick brown fox jumps over the lazy dog")), crc32(b"123456789"))
