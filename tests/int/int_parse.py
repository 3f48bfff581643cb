# int() parsing with bases, signs, whitespace and underscores.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("1_000"), int("0"), int("000"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("1_0", 2))
print(int("123456789012345678901234567890"))
print(int("-" + "1" * 30, 2))
print(int(3.99), int(-3.99), int(True), int())
for bad in ["", "1.5", "abc", "1__0", "_1", "0x", "12a", " ", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError", e)
