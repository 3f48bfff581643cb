# +, *, comparisons, len, in on strings.
a, b = "abc", "abd"
print(a + b, a * 3, 3 * a, a * 0, a * -1, len(a * 100))
print(a < b, a == "abc", a != b, "Z" < "a", "" < "a", "ab" < "abc", "é" > "z", a >= "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "", "b"]))
print(max("hello"), min("hello"), "abc" * 2 == "abcabc")
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
s = ""
for i in range(5):
    s += str(i)
print(s)
