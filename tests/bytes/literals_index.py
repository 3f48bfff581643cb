# bytes literals, indexing gives ints, slicing gives bytes.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[5], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[:0], b[100:])
print(b"a" b"b", rb"\n", len(rb"\n"), b"\t\n\r\\\'\"")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(), bytes(b"xy"), bytes("é", "utf-8"))
print(list(b"abc"), [x for x in b"\x01\x02"], 99 in b"abc", b"bc" in b"abc")
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
