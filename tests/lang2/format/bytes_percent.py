# bytes % args (PEP 461)
print(b'%s and %s' % (b'spam', bytearray(b'eggs')), b'%d%%' % 50, b'%5d|%-5d|%05d' % (42, 42, -42))
print(b'%x %X %#x %#o %o' % (255, 255, 255, 8, 8), b'%+d % d' % (5, 5), b'%.3d' % 7, b'%c%c' % (65, b'B'))
print(b'%r %a' % (b'x', 'caf\xe9'), b'%s' % b'', b'%-6s|' % b'ab', b'%6s|' % b'ab', b'%.2s' % b'abcdef')
print(b'%f %.2f %e %g %G' % (1.5, 2.345, 12345.678, 0.0001, 1e20), b'%d' % 3.99, b'%10.3f|' % -3.14159, b'%-10.1e|' % 1234.5)
print(b'%(a)s=%(b)d' % {b'a': b'x', b'b': 5}, b'%*d|%-*d|' % (4, 1, 4, 2), b'%.*f' % (2, 3.14159))
print(b'%i %u' % (-3, 3), b'%x' % -255, b'%#X' % 3054, b'%s' % (b'single',), b'%s' % b'bare', b'%d' % True)
print(bytearray(b'%d items') % 3, type(bytearray(b'%d') % 1).__name__, b'%5.1f%%' % 99.44, b'%+.2e' % 0.000123)
print(b'%s' % [1, 2] if False else b'', b'%b' % b'b-conv', b'%08.3f' % -1.5, b'%#.0f' % 2.0, b'%x' % (2**70), b'%d' % -(10**25))
print(b'%f %f %f' % (float('inf'), float('-inf'), float('nan')), b'%05d' % 3, b'%-05d|' % 3, b'% 05d' % 3)
for fmt, args in [(b'%s', 'str'), (b'%d', b'x'), (b'%x', 1.5), (b'%c', 256), (b'%c', b'ab'), (b'%s %s', (b'a',)),
                  (b'%s', (b'a', b'b')), (b'%y', 1), (b'%', ()), (b'%(a)s', (1,)), (b'%f', b'x'), (b'%s', 5), (b'%*d', ('x', 1))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
for fmt, args in [(b'%5%', ()), (b'%-5d|', -3), (b'%+5d|', 3), (b'%#5x|', 255), (b'%#05x|', 255), (b'%05s|', b'ab'), (b'%.0s|', b'x'), (b'%3c|', 65),
                  (b'%e', 0.0), (b'%g', 1e-5), (b'%#g', 1.0), (b'%G', float('nan')), (b'%010.2f', float('-inf')), (b'%d', 2**100), (b'%o', -8),
                  (b'%ld %hd', (1, 2)), (b'%(x)s %(x)s', {b'x': b'dup'}), (b'%s', {b'a': 1}), (b'%%s', ()), (b'%i', '1'), (b'%.3x', 5), (b'%#o', 0),
                  (b'%x', True), (b'%5.2s|', b'abc'), (b'%c', True), (b'%s %s', [b'a', b'b']), (b'%r', 'x\n'), (b'%a', 3.5)]:
    try:
        print(fmt, fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(b'%5%' % (1,) if False else b'', b'%s%%' % b'x')
try:
    print(b'%5%' % (1,))
except ValueError as e:
    print('ValueError', e)
