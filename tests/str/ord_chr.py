# ord and chr across ranges.
for c in "Aaz0 ~\n\x00éß€😀":
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(0x263A), chr(128512), [chr(i) for i in range(97, 102)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
