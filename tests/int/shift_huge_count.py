# A shift count beyond a machine word: OverflowError, as CPython; huge right shifts are fine.
for src in ['1 << 10**20', '(-1) << 10**30', '0 << 10**20', '1 >> 10**20', '-1 >> 10**20',
            '5 >> 2**64', '1 << -1', '1 >> -2**70', '2**100 >> 90', '3 << 64']:
    try:
        print(src, eval(src))
    except (OverflowError, ValueError) as e:
        print(src, type(e).__name__, e)
# CPython's line: more digits than an int object can hold is OverflowError, less MemoryError.
for n in [2**64, 2**65, 69175290276410818320, 69175290276410818321]:
    try:
        1 << n
    except (OverflowError, MemoryError) as e:
        print(n, type(e).__name__)
