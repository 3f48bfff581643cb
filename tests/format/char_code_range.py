# The 'c' presentation: a code point, with errors for what is out of range or not an int.
for code in [65, 0x1F600, 0x10FFFF, 0x110000, -1, 2**40, 2**64, -(2**70)]:
    for how in ["format", "percent", "fstring"]:
        try:
            if how == "format":
                r = format(code, "c")
            elif how == "percent":
                r = "%c" % code
            else:
                r = f"{code:>3c}"
            print(hex(code), how, repr(r))
        except (OverflowError, ValueError) as e:
            print(hex(code), how, type(e).__name__, e)
for bad in ["ab", 1.5, None]:
    try:
        print("%c" % bad)
    except TypeError as e:
        print(repr(bad), "TypeError", e)
