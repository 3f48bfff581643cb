# A matrix of values x format specs: every result (or the error type) printed, to compare the whole mini-language.
values = [0, 7, -42, 65535, 2 ** 70, 3.14159, -0.000123, 1e22, 1.5e-300, float("inf"), float("nan"), -0.0, True, "txt", "", 1 + 2j]
specs = ["", "<8", ">8", "^9", "*^9", "08", "+", " ", "-", "+08.2f", ".3", ".0", "e", ".2E", "f", ".1f", "g", ".3g",
         "G", "%", ".1%", "x", "#x", "X", "#o", "b", "#b", "c", "d", "n", ",", "_", ",.2f", "_x", "=+10", "0=10",
         "s", ".2s", ">6.2s", "#.0f", "#g", "10.4", "<+012.3e"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[:3])
    print(repr(v)[:12].ljust(12), ascii("|".join(row)))
