try: int('x'*300)
except ValueError as e: print(len(str(e)), str(e)[-10:])
try: int('x\x00y')
except ValueError as e: print(e)
try: float('x'*300)
except ValueError as e: print(len(str(e)))
try: int(b'x'*300)
except ValueError as e: print(len(str(e)), str(e)[:60])
try: int(b'\xff1')
except ValueError as e: print(e)
for v in [b'12', b' 12 ', bytearray(b'-7'), b'1_0', b'0x1f', b'\xd9\xa1']:
    for base in [10, 0, 16]:
        try:
            print(v, base, int(v, base))
        except ValueError as e:
            print(v, base, 'ValueError', e)
print(int(b'42'), int(bytearray(b' 9\n')))
