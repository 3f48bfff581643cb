# Building a character table with chr/ord.
line = ""
for code in range(65, 91):
    line += chr(code)
print(line)
print([ord(c) - ord("a") for c in "hello"])
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello world")
print(shifted)
print(sum(ord(c) for c in "checksum"), max("hello", key=ord))
