# Small-int operators (a fast path in the VM) agree with the general ones at every sign and
# at the edges of the small-int range (2**30), where results become big ints.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 1 << 29, -(1 << 29), (1 << 30) - 1, -(1 << 30),
        123456, -654321, 46341, -46341]
out = []
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            row += [a // b, a % b]
        out.append(tuple(row))
        x = a
        x += b
        x -= 2 * b
        x *= 3
        out.append(x)
print(len(out))
for r in out:
    print(r)
print(out[-10:])
big = (1 << 30) - 1
print(big + 1, -big - 2, big * big, (-(1 << 30)) * -1, -(1 << 30) // -1, -(1 << 30) % -1)
for a, b in [(7, 0), (0, 0), (-5, 0)]:
    for op in ("//", "%"):
        try:
            eval("a %s b" % op)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
print(True + True, True * 5, 5 - False, True & 3, type(True | False).__name__)
class I(int):
    def __add__(self, o):
        return "I.add"
print(I(3) + 4, 4 + I(3), I(3) * 2)
