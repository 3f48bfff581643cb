# String building and methods.
words = []
for i in range(60000):
    words.append("w" + str(i % 977))
text = " ".join(words)
total = 0
for _ in range(20):
    up = text.upper()
    parts = up.split(" ")
    total += len(parts) + up.count("W1") + len(text.replace("w9", "xyz"))
    total += sum(1 for p in parts if p.startswith("W4") or p.endswith("7"))
s = ""
for i in range(400000):
    s += chr(97 + i % 26)
print("checksum", total, len(s), s.find("zab"), s[-5:])
