# &, |, ^, ~, <<, >> on negatives and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 255, -256, 2**31 - 1, -2**31, 2**40 + 3, -(2**40) - 3, 2**70 - 1, -(2**70), 12345678901234567890]
for a in vals:
    row = []
    for b in [-1, 3, -6, 2**35 + 1, -(2**65)]:
        row.append(a & b)
        row.append(a | b)
        row.append(a ^ b)
    print(a, ~a, row)
for a in [1, -1, 7, -7, 2**40, -(2**40) - 1, 2**100 + 1, -(2**100) - 1]:
    print(a, [a >> k for k in (0, 1, 3, 31, 32, 33, 64, 200)])
    print(a, [a << k for k in (0, 1, 31, 32, 65)])
print(-1 >> 1000, 1 >> 1000, -(2**200) >> 199, (2**200 + 5) >> 198)
for expr in ['1 << -1', '1 >> -1', '(2**100) << -1']:
    try:
        print(eval(expr))
    except ValueError as e:
        print('ValueError', e)
print(~True, ~False, True & 3, True | 2, True ^ True, type(True & True).__name__, type(True & 1).__name__)
