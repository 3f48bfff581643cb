# float() parsing.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "+1.0", "1_000.5",
          "inf", "-inf", "INF", "nan", "123456789012345678901234567890", "0.1", "-0",
          "1.7976931348623157e308", "4.9e-324", "2.5e-3"]:
    print(repr(s), float(s))
print(float(7), float(-0), float(2 ** 70), float(True), float())
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
