import binascii
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(10)), b"\xff\xfe\xfd"]:
    e = binascii.b2a_base64(d)
    print(d, e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
print(binascii.a2b_base64("Zm9vYmFy"), binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64("Zg=="))
print(binascii.a2b_base64("Zm8="), binascii.a2b_base64("Zm9v!!YmFy"), binascii.a2b_base64("Zg==trailing"))
print(binascii.a2b_base64("Zg===="), binascii.a2b_base64("Z g = ="), binascii.a2b_base64(""))
for bad in ["Zg", "Zm9vY", "Zg=", "a", "abcde", "Zm9=v"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.b2a_base64("str")
except TypeError as e:
    print("TypeError", e)
