# ord, chr, hex, oct, bin, divmod, pow, abs, round.
print(ord("a"), chr(97), hex(255), oct(8), bin(5), hex(-1), bin(0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 8), pow(2, 8, 7), pow(2.0, 0.5))
print(abs(-3), abs(-3.5), abs(0), round(3.7), round(-3.5), round(2.567, 2), round(1234, -2))
print(bool(0), bool(3), int("12") + 1, float("1.5") * 2, str(12) + "3")
