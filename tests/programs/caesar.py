# Caesar and Vigenere ciphers, with frequency-based cracking.
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
def vigenere(text, key, sign=1):
    out, i = "", 0
    for c in text:
        if c.isalpha():
            out += shift_char(c, sign * (ord(key[i % len(key)]) - 97))
            i += 1
        else:
            out += c
    return out
msg = "The Quick Brown Fox Jumps Over The Lazy Dog, and then eats the sheep."
for k in (1, 3, 13, 25, -3):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def crack(cipher):
    counts = [0] * 26
    for c in cipher.lower():
        if c.isalpha():
            counts[ord(c) - 97] += 1
    top = counts.index(max(counts))
    return (top - 4) % 26
secret = caesar(msg, 11)
k = crack(secret)
print("guessed key", k, caesar(secret, -k))
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1) == msg)
