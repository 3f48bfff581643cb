# format() of ints: every presentation type, sign, #, alignment, fill, width, grouping
vals = [0, 7, -7, 255, -255, 65535, 10 ** 6, -(10 ** 6)]
specs = ["", "d", "5", "<5", "^5", "=+6", "*>8", "+", " ", "-", "b", "#b", "o", "#o", "x", "#x",
         "X", "#X", "08", "#010x", ",", "_", "_x", "#_b", "010,", "n", "e", ".2f", "%", "g"]
for spec in specs:
    print(repr(spec).ljust(8), "|".join(format(v, spec) for v in vals))
print(format(True, ""), format(False, "d"), format(True, ">4"), format(True, "x<3"), format(True, ".1f"))
print(format(97, "c"), format(0x1F600, "c"), format(97, ">4c"), format(97, "<3c") + "|", format(97, "^5c"))
for spec in ["=8", "0=8", "@^9", "08", "+08", "-08", " 08", "<08", ">08", "^08", "0<6", "x=+9"]:
    print(repr(spec), format(-42, spec), format(42, spec))
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:,d}", f"{0xdeadbeef:_X}", f"{255:#_o}")
print(f"{5:03}", f"{-5:03}", f"{5:+03}", f"{5: 03}", f"{12345:03}")
