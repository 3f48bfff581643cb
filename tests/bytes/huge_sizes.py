for e in ['1 << 2**40', '1 << 2**64', '0 << 2**70', '5 >> 2**70', '-5 >> 2**70', 'b"ab" * 2**62', 'b"ab" * 2**64', 'b"x".ljust(2**63)', 'b"x".center(2**62)', 'bytes(2**62)', 'bytearray(2**64)', '(1).to_bytes(2**62)', 'b"\\t".expandtabs(2**62)', 'b"%*d" % (2**62, 1)', '[0] * 2**62']:
    try:
        r = eval(e)
        print(e, len(r) if isinstance(r, (bytes, list)) else r)
    except Exception as ex:
        print(e, type(ex).__name__, ex)
