# int.to_bytes over values, lengths, byte orders and signedness
values = [0, 1, 127, 128, 255, 256, -1, -128, -129, -256, 65535, -32768, 2**63, -2**63, 2**64 - 1, 10**20]
for v in values:
    row = []
    for length in [1, 2, 8, 9]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                try:
                    row.append(v.to_bytes(length, order, signed=signed).hex())
                except OverflowError as e:
                    row.append('OF')
    print(v, ' '.join(row))
print((1024).to_bytes(2), (5).to_bytes(), (0).to_bytes(0), (-1).to_bytes(0, signed=True))
print((258).to_bytes(length=2, byteorder='little'), True.to_bytes(1, 'big'))
for args, kw in [((2, 'middle'), {}), ((-1,), {}), ((2**70,), {}), (('2',), {}), ((2, 5), {})]:
    try:
        print((300).to_bytes(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
for v in [-1, 256, 2**31]:
    try:
        print(v.to_bytes(1, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
