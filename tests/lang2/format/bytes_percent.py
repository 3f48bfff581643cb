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
