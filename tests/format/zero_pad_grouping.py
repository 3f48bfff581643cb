# zero padding interacting with grouping separators (CPython groups the padding zeros too)
for w in range(1, 13):
    print(w, format(1234, "0%d," % w), format(-1234, "0%d_" % w), format(0xabcdef, "0%d_x" % w),
          format(1234.5, "0%d,.1f" % w), format(-1.5, "0%d_" % w))
print(format(5, "0=10,"), format(5, "x=10,"), format(5, "0>10,"), format(5, "0<10,"), format(5, "0^10,"))
print(format(255, "#012_b"), format(255, "#09_x"), format(-255, "#010_x"), format(123, "+010,"))
print(format(float("inf"), "010,"), format(float("nan"), "010"), format(float("-inf"), "=+10"))
print(format(123456789, "015,d"), format(-0.5, "07.1%"), format(1e6, "012,.0f"))
