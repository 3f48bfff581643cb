# 64-bit ints to and from text and bytes: the extremes print as in CPython, and text or bytes
# whose value leaves the range raise OverflowError (invalid text still raises ValueError).
MAX = 9223372036854775807
MIN = -9223372036854775808


def attempt(name, f):
    try:
        print(name, repr(f()))
    except (OverflowError, ValueError) as e:
        print(name, type(e).__name__ + ":", e)


for v in (MAX, MIN, MIN + 1, 0, -1, 4294967296):
    print(str(v), repr(v), hex(v), oct(v), bin(v)[:12], len(bin(v)))
    print("{0:d} {0:d} {0:x} {0:X} {0:o}".format(v), "{:,} {:_x} {:+d} {:>25}".format(v, v, v, v))
    print("{0:#x} {0:030d} {0:b}".format(v)[:60])
print(int("9223372036854775807"), int("-9223372036854775808"), int(" -0x8000000000000000 ", 16))
print(int("0b" + "1" * 63, 0), int("7" * 21, 8), int("1y2p0ij32e8e7", 36), int("+0_0_7"))
attempt("int('9223372036854775808')", lambda: int("9223372036854775808"))
attempt("int('-9223372036854775809')", lambda: int("-9223372036854775809"))
attempt("int('9' * 30)", lambda: int("9" * 30))
attempt("int('ffffffffffffffff', 16)", lambda: int("ffffffffffffffff", 16))
attempt("int('0' * 50 + '1')", lambda: int("0" * 50 + "1"))
attempt("int('9' * 5000)", lambda: int("9" * 5000))
attempt("int('12a')", lambda: int("12a"))
attempt("int(b'99999999999999999999')", lambda: int(b"99999999999999999999"))
attempt("eval('-9223372036854775808')", lambda: eval("-9223372036854775808"))
attempt("eval('99999999999999999999')", lambda: eval("99999999999999999999"))
attempt("eval('0x1' + '0' * 16)", lambda: eval("0x1" + "0" * 16))
try:
    exec("x = 1\ny = 18446744073709551616\n")
except OverflowError as e:
    print("exec:", type(e).__name__, e)

print(MAX.to_bytes(8, "big"), MIN.to_bytes(8, "little", signed=True))
print(MIN.to_bytes(12, "big", signed=True), (-1).to_bytes(3, "big", signed=True))
print(MAX.bit_length(), MIN.bit_length(), (MIN + 1).bit_length(), (-1).to_bytes(0, "big", signed=True))
attempt("MAX.to_bytes(7, 'big')", lambda: MAX.to_bytes(7, "big"))
attempt("MIN.to_bytes(8, 'big')", lambda: MIN.to_bytes(8, "big"))
attempt("MIN.to_bytes(7, 'big', signed=True)", lambda: MIN.to_bytes(7, "big", signed=True))
fb = int.from_bytes
print(fb(b"\x7f" + b"\xff" * 7, "big"), fb(b"\x80" + b"\x00" * 7, "big", signed=True))
print(fb(b"\x00" * 30 + b"\x05", "big"), fb(b"\xff" * 30, "little", signed=True))
print(fb(b"\xfe" + b"\xff" * 20, "little", signed=True), fb(b"", "big"), fb([1, 2, 3], "little"))
attempt("from_bytes(b'\\xff' * 8)", lambda: fb(b"\xff" * 8, "big"))
attempt("from_bytes(b'\\x01' + 8 zeros)", lambda: fb(b"\x01" + b"\x00" * 8, "big"))
attempt("from_bytes(b'\\xff\\x7f' + 7 x ff, signed)", lambda: fb(b"\xff\x7f" + b"\xff" * 7, "big", signed=True))
attempt("from_bytes(16 bytes)", lambda: fb(bytes(range(1, 17)), "big"))
