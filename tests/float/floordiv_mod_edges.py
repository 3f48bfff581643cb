vals = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, float('inf'), float('-inf'), float('nan'), 3, -3, 0.1]
for a in vals:
    row = []
    for b in [2.0, -2.0, 0.1, float('inf'), float('-inf'), float('nan'), 1e-300, -3]:
        try:
            row.append((a // b, a % b))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, row)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (5, 0), (5.5, 0)]:
    for op in ['//', '%', '/']:
        try:
            print(eval(f'{a!r} {op} {b!r}'))
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError', e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print('divmod ZeroDivisionError', e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(-0.0, 1.0), divmod(0.0, -1.0), 2**0.5, (-8) ** (1/3) if False else 0)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2**70) // 3, -(2**70) % 3, (2**70) // -7, (2**70) % -7, divmod(-(2**65), 2**33))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 10 / -4, -0.0 + 0.0, -0.0 * 1)
for e in ['2.0 ** 10000', '0.0 ** -1', '10 ** -400', '1e308 ** 2', '2 ** 0.5', 'pow(2, -2)', 'pow(-2, -3)', '(-2) ** 1023 * 1.0']:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
