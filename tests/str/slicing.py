# String slicing with all forms of start/stop/step.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[5:5]))
print("héllo"[1:3], "日本語です"[::-1], "日本語です"[1::2])
for step in (1, 2, 3, -1, -4):
    print(step, s[::step], s[1:-1:step])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
