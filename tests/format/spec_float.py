# format() of floats: e E f F g G n % and no type, precision, #, z, signs, grouping, inf/nan
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1.5e16, 123456789.0, float("inf"), float("-inf"), float("nan")]
specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".2", ".3e", ".0f", "#.0f", "#.0e", ".1%",
         "#g", "#.3g", "+", " ", "z", "z.1f", "10.2f", "<10", "^10", "=+10.1f", "010", ",", "_.2f", ",.3e"]
for spec in specs:
    print(repr(spec).ljust(8), "|".join(format(v, spec) for v in vals))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1 / 3, ".17g"))
print(format(-0.001, "z"), format(-0.001, "z.2f"), format(-0.0, "z.2e"), format(-1e-10, "z.3g"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-1234.5, "011,.2f"), format(1234.5, "09,"))
print(f"{3.14159:>10.3f}|", f"{3.14159:<10.3f}|", f"{3.14159:^10.3f}|", f"{-3.14159:=10.3f}|", f"{3.14159:*^+12.2f}|")
print(format(12, "e"), format(12, ".2%"), format(10 ** 20, "g"), format(2 ** 64, ".3e"), format(12, "f"))
print(format(1e100, "E"), format(1e-100, "G"), format(123.456, "010.1"), format(0.0001, "g"), format(1e16, ","))
try:
    format(10 ** 400, "e")
except OverflowError as e:
    print(type(e).__name__, e)
