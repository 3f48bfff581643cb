# re: re.error messages and positions, TypeErrors for str/bytes mixing, bad templates
import re

for p in ['(abc', 'abc)', '*a', 'a**', 'a*?*', r'\q', '[abc', '[]', '[z-a]', r'[\w-z]', '(?<x)', '(?x', '(?z)',
          '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'(a)\2', r'(a\1)', '(?<=a+)b', '(?<!a|bc)', 'a{3,1}',
          'a\\', r'\x0', r'\u12', 'a(?i)b', '(?P<a', '(?P', '(a\nb', '(?#abc', '(?', '(?:', ')', '{1,2}',
          'a|*', 'x\\400', '(?i-i:a)', '(?-:a)', '^*', 'x{1,2}{3}', 'a**\\', 'a)\\', r'(a)\2\\',
          'a*?+', 'a++*', '(?>']:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for args in [(r'a', b'a'), (rb'a', 'a'), ('a', 5), (5, 'a'), ('a', None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [('(a)', r'\2', 'a'), ('(a)', r'\q', 'a'), ('(a)', r'\g<x>', 'a'), ('(a)', r'\g<x', 'a'),
             ('(a)', r'\g<1x>', 'a'), ('(a)', 'x\\', 'a'), ('(a)', r'\g', 'a'), ('(a)', r'\x41', 'a'),
             ('a', b'x', 'a'), (b'a', 'x', b'a')]:
    try:
        print(re.sub(*args))
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
for f in [re.L]:
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('(' * 1000 + ')' * 1000)
except RecursionError as e:
    print('RecursionError', e)
print(issubclass(re.error, Exception), str(re.error('plain')), re.error('m', 'pat', 1).pos)
