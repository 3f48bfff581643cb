for t in ['1'*4301, ' ' + '1'*4300 + ' ', '1'*4300, '1_'*3000 + '1', '-' + '9'*4301]:
    try:
        print(len(str(int(t))))
    except ValueError as e:
        print('ValueError', e)
print(len(hex(int('f'*5000, 16))), int('0x' + 'f'*5000, 0) == int('f'*5000, 16))
try:
    print(str(10**4300))
except ValueError as e:
    print('ValueError', e)
print(len(str(10**4299)), len(repr(-(10**4299))), len(str(2**14000)))
try:
    print(-(10**4300))
except ValueError as e:
    print('ValueError', e)
print(int('١٢٣'), float('١٫٥') if False else float('١٢'), int('٣', 16))
