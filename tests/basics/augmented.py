# Augmented assignment on names, subscripts and all operators.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x >>= 3; print(x)
x <<= 2; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)
l = [1]
l *= 3; print(l)
d = {"a": 1}
d["a"] += 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
i = 0
cnt = [0] * 3
for k in range(10):
    cnt[k % 3] += k
print(cnt)
