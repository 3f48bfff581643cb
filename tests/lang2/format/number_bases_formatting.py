# Number formatting across bases and widths: hex dumps, binary tables, zero padding with signs.
data = b"Pyrite!\x00\xff"
for off in range(0, len(data), 4):
    chunk = data[off:off + 4]
    hexpart = " ".join(f"{b:02x}" for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:04x}: {hexpart:<12} |{text}|")
for n in range(0, 17, 4):
    print(f"{n:2d} {n:04b} {n:>3o} {n:#04x} {n:#06b} {n:X}")
for n in (-5, 5, 0):
    print(f"[{n:+04d}] [{n: 04d}] [{n:-04d}] [{n:=+6}] [{n:x}] [{n:#x}]")
print(f"{2**64:,} {2**64:_x} {-2**70:#_o} {10**20:e} {123456789:.3e}")
print("{:08.3f}|{:+010.2e}|{:-^+10}".format(-3.14159, 12345.678, 7))
print(int("ff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int(" -12 "), int("1_000"))
print(hex(-255), oct(-8), bin(-5), format(-255, "x"), format(-5, "#b"))
