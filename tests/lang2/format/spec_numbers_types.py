# Format types b c d o x X n e E f F g G % with # and sign options.
for n in (0, 5, 255, -255, 65):
    print(f"{n:b}|{n:#b}|{n:o}|{n:#o}|{n:x}|{n:#X}|{n:d}|{n:+d}|{n: d}|{n:n}")
print(f"{65:c}{97:c}{0x263A:c}")
for x in (0.0, 1.5, -0.000123456, 123456789.0, 1e-10, 2.5e20):
    print(f"{x:e}|{x:.2E}|{x:f}|{x:.1F}|{x:g}|{x:.3G}|{x:%}|{x:.1%}")
for x in (float("inf"), float("-inf"), float("nan")):
    print(f"{x:f}|{x:F}|{x:e}|{x:E}|{x:g}|{x:G}|{x:+.2f}|{x:10}|")
print(f"{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-0.0:f}|{-0.0:+g}|{1e16:g}|{1e15:g}")
print(f"{12:#x}|{12:#010x}|{-12:#010b}|{12:010}|{-3.5:08.2f}|{3:+05}")
print(f"{1234.5:g}|{0.0001:g}|{0.00001:g}|{123456:g}|{1234567:g}|{1.0:#g}|{1.0:g}")
print(f"{10:.2f}|{10:e}|{10:%}|{True:d}|{True}|{False:>6}")
for bad in (("x", "d"), (1.5, "d"), (1.5, "x"), ("s", "f"), (3, "s"), (2.0, "c")):
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(12345678, ","), format(12345678, "_"), format(255, "_x"), format(0b11111111, "_b"))
print(format(-1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(1e6, ",g"))
print(f"{1234:08,}|{1234567:>15,}|{-9876:+,}|{0.5:,%}")
try:
    format(5, ",x")
except ValueError as e:
    print(type(e).__name__, e)
