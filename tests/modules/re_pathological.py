# re: catastrophic backtracking ends with RuntimeError (CPython would run for hours)
import re

for pat, s in [(r'(a*)*b', 'a' * 40), (r'(x+x+)+y', 'x' * 60)]:
    try:
        print(re.match(pat, s))
    except RuntimeError as e:
        print('RuntimeError:', e)
print(re.match(r'(a*)*b', 'a' * 40 + 'b').span())
print(re.match(r'.*', 'x' * 50000).end(), re.match(r'(?:xy)*', 'xy' * 20000).end())
print(len(re.findall(r'\w+', 'word ' * 5000)))
