# Run-length encoding and decoding.
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out
def to_text(pairs):
    return "".join((str(n) if n > 1 else "") + c for c, n in pairs)
def decode(text):
    out, num = "", ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out += ch * (int(num) if num else 1)
            num = ""
    return out
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "",
          "aabcccccaaa", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]:
    pairs = encode(s)
    t = to_text(pairs)
    print(repr(t), len(s), len(t), decode(t) == s)
print(encode("aaabba"))
def look_and_say(s):
    return "".join(str(n) + c for c, n in encode(s))
x = "1"
for _ in range(10):
    print(x)
    x = look_and_say(x)
