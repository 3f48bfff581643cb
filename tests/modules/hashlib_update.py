import hashlib
h = hashlib.sha256()
for i in range(100):
    h.update(bytes([i]) * i)
whole = b""
for i in range(100):
    whole += bytes([i]) * i
print(h.hexdigest() == hashlib.sha256(whole).hexdigest(), h.hexdigest())
h = hashlib.sha1(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest(), c.hexdigest())
print(h.hexdigest() == hashlib.sha1(b"hello world").hexdigest())
m = hashlib.md5()
m.update(b"a")
d1 = m.digest()
m.update(b"b")
print(d1 == hashlib.md5(b"a").digest(), m.hexdigest() == hashlib.md5(b"ab").hexdigest())
print(hashlib.new("sha256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.new("MD5").hexdigest())
for bad in ["text", 5]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError")
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
