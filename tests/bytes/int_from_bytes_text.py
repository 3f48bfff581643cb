# int() and float() of bytes-like text, and what their errors show.
for data in [b"42", bytearray(b" -7 "), b"0x1f", bytearray(b"yz"), b"", bytearray(b"it's")]:
    for base in [10, 16, 0]:
        try:
            print(repr(data), base, int(data, base))
        except ValueError as e:
            print(repr(data), base, "ValueError:", e)
    try:
        print(repr(data), int(data))
    except ValueError as e:
        print(repr(data), "ValueError:", e)
    try:
        print(repr(data), float(data))
    except ValueError as e:
        print(repr(data), "ValueError:", e)
print(repr(bytearray(b"it's")), repr(b"it's"), repr(bytearray(b'"\'')), repr(b'"\''))
