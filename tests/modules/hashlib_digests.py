import hashlib
for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56,
             b"a" * 63, b"a" * 64, b"a" * 65, b"a" * 119, b"a" * 1000, bytes(range(256))]:
    print(len(data), hashlib.sha256(data).hexdigest())
    print(len(data), hashlib.sha1(data).hexdigest(), hashlib.md5(data).hexdigest())
print(hashlib.sha256(b"abc").digest())
print(hashlib.md5(bytearray(b"abc")).digest(), hashlib.sha1().digest_size, hashlib.md5().digest_size)
print(hashlib.sha256().digest_size, hashlib.sha256().block_size, hashlib.sha256().name)
