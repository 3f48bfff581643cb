import struct
cases = [
    ("b", [-128, -1, 0, 1, 127]), ("B", [0, 1, 200, 255]), ("h", [-32768, -300, 0, 32767]),
    ("H", [0, 1000, 65535]), ("i", [-2**31, -5, 0, 2**31 - 1]), ("I", [0, 2**32 - 1]),
    ("l", [-2**31, 2**31 - 1]), ("L", [0, 2**32 - 1]), ("q", [-2**63, -1, 2**63 - 1]),
    ("Q", [0, 2**64 - 1, 2**40]), ("?", [True, False]), ("f", [0.0, -1.5, 1e10, 0.25]),
    ("d", [0.0, -0.0, 1e300, 3.141592653589793, float("inf")]), ("e", [0.0, 1.0, -65504.0, 0.5]),
]
for code, values in cases:
    for order in "<>!=":
        fmt = order + str(len(values)) + code
        packed = struct.pack(fmt, *values)
        back = struct.unpack(fmt, packed)
        print(fmt, len(packed) == struct.calcsize(fmt), list(back) == values, packed.hex() if False else packed[:4])
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.unpack("<f", struct.pack("<f", 1 / 3))[0])
print(struct.unpack(">e", struct.pack(">e", 1 / 3))[0], struct.unpack("<e", struct.pack("<e", 6.1e-5))[0])
print(struct.unpack("<e", struct.pack("<e", 5.96e-8))[0], struct.unpack("<e", struct.pack("<e", 3e-8))[0])
print(struct.pack("<e", 65520.0 - 16) if True else 0)
print(struct.unpack("<H", b"\x34\x12"), struct.unpack(">H", b"\x34\x12"), struct.unpack("<h", b"\xff\xff"))
