# Numeric and string literal forms.
print(0x1F, 0o17, 0b1011, 1_000_000, 0x_ff)
print(1.5e3, 1_0.0_1, .5, 5., 1e-3)
print('single', "double", '''triple
lines''', """x""")
print("tab\there", "nl\\n", 'q"q', "q'q")
print(r"raw\n", len(r"\n"), len("\n"))
print("con" "cat" 'enation')
print("\x41\u00e9\U0001F600" == "Aé😀")
print(True, False, None)
print(...)
